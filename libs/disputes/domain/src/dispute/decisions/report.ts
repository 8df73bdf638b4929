import { DomainRuleViolation } from '@linli/domain-kernel';
import type { Party, ReportingChannel } from '../../vocabulary.js';
import type { ReportDispute } from '../commands.js';
import type { DisputeEvent } from '../events.js';
import { optional, requiredText } from '../guards.js';
import type { Dispute } from '../state.js';

/** A registered community's dispute, told by one reporting party, arrives through a channel. */
export function reportDispute(command: ReportDispute, state: Dispute): DisputeEvent[] {
  const { disputeId, communityId, communityRegistered, category, urgency, channel } = command.data;
  if (state.status !== 'none') throw new DomainRuleViolation('DisputeAlreadyExists', `dispute ${disputeId} has already been reported`);
  if (!communityRegistered) throw new DomainRuleViolation('CommunityNotRegistered', `community ${communityId} is not registered`);
  const description = requiredText(command.data.description, 'DescriptionRequired', 'a dispute is reported with a description');
  const hotlineTicketId = ticketFor(channel, command.data.hotlineTicketId);
  const parties = checkedParties(command.data.parties);
  return [{
    type: 'disputes.DisputeReported',
    data: { disputeId, communityId, category, description, urgency, channel, ...optional('hotlineTicketId', hotlineTicketId), parties, reportedAt: command.metadata.now },
  }];
}

/** A 12345 hotline complaint is traced back by its ticket id; no other channel has one. */
function ticketFor(channel: ReportingChannel, ticketId: string | undefined): string | undefined {
  const ticket = ticketId?.trim() || undefined;
  if (channel === 'hotline_12345' && !ticket) throw new DomainRuleViolation('HotlineTicketRequired', 'a 12345 hotline report carries its ticket id');
  if (channel !== 'hotline_12345' && ticket) throw new DomainRuleViolation('HotlineTicketOnlyForHotline', `a ${channel} report has no hotline ticket`);
  return ticket;
}

/** Each party has a subject id and a name, appears once, and exactly one of them reported the dispute. */
function checkedParties(parties: readonly Party[] | undefined): Party[] {
  const list = parties ?? [];
  const copies = list.map((party) => ({
    subjectId: requiredText(party.subjectId, 'PartySubjectIdRequired', 'each party has a pseudonymous subject id'),
    role: party.role,
    name: requiredText(party.name, 'PartyNameRequired', 'each party has a name'),
    ...optional('phone', party.phone),
    ...optional('room', party.room),
  }));
  if (new Set(copies.map((p) => p.subjectId)).size !== copies.length) throw new DomainRuleViolation('DuplicateParty', 'a party appears once');
  if (copies.filter((p) => p.role === 'reporter').length !== 1) {
    throw new DomainRuleViolation('ExactlyOneReporterRequired', 'exactly one party is the reporter');
  }
  return copies;
}
