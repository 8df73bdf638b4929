import { Inject, Injectable } from '@nestjs/common';
import { streamName, type DisputeReported, type PartyRole } from '@linli/disputes-domain';
import type { Actor } from '@linli/domain-kernel';
import type { EventStore } from '@linli/event-store';
import { EVENT_STORE } from '@linli/service-kit';

/** Roles that see parties' names, phones and rooms (to be refined by the security issue). */
export const ROLES_SEEING_PERSONAL_DATA: readonly string[] = ['mediator', 'branch_secretary', 'county_admin'];

/** A party as a response shows it: personal fields only when the caller may see them. */
export interface PartyView {
  readonly subjectId: string;
  readonly role: PartyRole;
  readonly name?: string;
  readonly phone?: string;
  readonly room?: string;
}

/**
 * The single place that decides whether a response shows personal data (PIPL). Read models hold
 * none; when the caller may see them, the parties are read from the dispute's report in the event
 * store (where the crypto-shredding wrapper decrypts them, or finds them erased).
 */
@Injectable()
export class PersonalDataView {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  mayReveal(actor: Actor): boolean {
    return ROLES_SEEING_PERSONAL_DATA.includes(actor.role);
  }

  async parties(actor: Actor, disputeId: string, pseudonymous: readonly PartyView[]): Promise<{ personalData: 'shown' | 'redacted'; parties: PartyView[] }> {
    if (!this.mayReveal(actor)) return { personalData: 'redacted', parties: pseudonymous.map(({ subjectId, role }) => ({ subjectId, role })) };
    const [first] = await this.store.readStream(streamName(disputeId), { limit: 1 });
    if (first?.type !== 'disputes.DisputeReported') return { personalData: 'redacted', parties: [...pseudonymous] };
    const reported = (first.data as DisputeReported['data']).parties;
    return { personalData: 'shown', parties: reported.map(({ subjectId, role, name, phone, room }) => ({ subjectId, role, name, phone, room })) };
  }
}
