import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@linli/event-store';
import { memberStreamName, type MemberReportedBack, type Person } from '@linli/organizations-domain';
import { EVENT_STORE } from '@linli/service-kit';

/**
 * A member's name and phone, read from the event store when one member's record is asked for.
 * They are never copied into a read model: kept only in the report-back event, they are encrypted
 * per subject there and vanish when the subject's key is destroyed (PIPL).
 */
@Injectable()
export class MemberPerson {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The person of the latest report-back, or null for an unknown member. */
  async of(memberId: string): Promise<Person | null> {
    const events = await this.store.readStream(memberStreamName(memberId));
    const reported = events.filter((event) => event.type === 'organizations.MemberReportedBack');
    const latest = reported[reported.length - 1];
    return latest === undefined ? null : (latest.data as MemberReportedBack['data']).person;
  }
}
