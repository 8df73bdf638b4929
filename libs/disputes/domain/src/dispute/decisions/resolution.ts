import { DomainRuleViolation } from '@linli/domain-kernel';
import { localDateOf } from '../../calendar/china-time.js';
import { assertValidCalendar, workingDaysBetween } from '../../calendar/working-calendar.js';
import type { CloseDispute, ResolveDispute } from '../commands.js';
import type { DisputeEvent } from '../events.js';
import { existing, mustBeOpen, requiredText } from '../guards.js';
import type { Dispute } from '../state.js';

/** Resolved at the level it stands at, with an outcome, what was agreed, and how long it took. */
export function resolveDispute(command: ResolveDispute, state: Dispute): DisputeEvent[] {
  const { disputeId, outcome } = command.data;
  const dispute = mustBeOpen(state, disputeId);
  const agreementSummary = requiredText(command.data.agreementSummary, 'AgreementSummaryRequired', 'a resolution summarises what was agreed');
  const calendar = assertValidCalendar(command.data.calendar);
  const resolvedAt = command.metadata.now;
  const workingDaysToResolve = Math.max(0, workingDaysBetween(localDateOf(dispute.openedAt), localDateOf(resolvedAt), calendar));
  const { communityId, hotlineTicketId } = dispute;
  const resolvedEvent: DisputeEvent = {
    type: 'disputes.DisputeResolved',
    data: { disputeId, communityId, outcome, agreementSummary, level: dispute.level, resolvedAt, workingDaysToResolve },
  };
  if (hotlineTicketId === undefined) return [resolvedEvent];
  return [resolvedEvent, { type: 'disputes.HotlineTicketAnswered', data: { disputeId, communityId, hotlineTicketId, outcome, resolvedAt, workingDaysToResolve } }];
}

/** Only a resolved dispute is closed, and only once. */
export function closeDispute(command: CloseDispute, state: Dispute): DisputeEvent[] {
  const { disputeId } = command.data;
  const dispute = existing(state, disputeId);
  if (dispute.status === 'closed') throw new DomainRuleViolation('DisputeAlreadyClosed', 'the dispute is already closed');
  if (dispute.status !== 'resolved') throw new DomainRuleViolation('DisputeNotResolved', `the dispute is ${dispute.status}; only a resolved dispute is closed`);
  return [{ type: 'disputes.DisputeClosed', data: { disputeId, communityId: dispute.communityId, level: dispute.level, closedAt: command.metadata.now } }];
}
