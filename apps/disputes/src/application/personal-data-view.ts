import { Inject, Injectable } from '@nestjs/common';
import { streamName, type DisputeReported, type PartyRole } from '@linli/disputes-domain';
import { creationEvent, type EventStore } from '@linli/event-store';
import { ROLES_SEEING_PERSONAL_DATA } from '@linli/security';
import { AccessAudit, EVENT_STORE, type Reader } from '@linli/service-kit';

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
 * none; personal fields are shown only to a role whose work needs them (libs/security) that states
 * why (X-Access-Reason), and only after the read is recorded in the access audit (who, whose, why —
 * never the data). Then the parties are read from the dispute's report in the event store (where
 * the crypto-shredding wrapper decrypts them, or finds them erased).
 */
@Injectable()
export class PersonalDataView {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(AccessAudit) private readonly audit: AccessAudit,
  ) {}

  mayReveal(reader: Reader): reader is Reader & { reason: string } {
    return ROLES_SEEING_PERSONAL_DATA.includes(reader.principal.role) && reader.reason !== undefined;
  }

  async parties(reader: Reader, disputeId: string, pseudonymous: readonly PartyView[]): Promise<{ personalData: 'shown' | 'redacted'; parties: PartyView[] }> {
    const redacted = { personalData: 'redacted' as const, parties: pseudonymous.map(({ subjectId, role }) => ({ subjectId, role })) };
    if (!this.mayReveal(reader)) return redacted;
    const report = await creationEvent<DisputeReported['data']>(this.store, streamName(disputeId), 'disputes.DisputeReported');
    if (report === undefined) return redacted;
    const reported = report.data.parties;
    await this.audit.record({ principal: reader.principal, dataSubjectIds: reported.map((party) => party.subjectId), resource: `dispute:${disputeId}`, reason: reader.reason });
    return { personalData: 'shown', parties: reported.map(({ subjectId, role, name, phone, room }) => ({ subjectId, role, name, phone, room })) };
  }
}
