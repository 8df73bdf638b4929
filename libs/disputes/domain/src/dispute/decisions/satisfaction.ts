import { DomainRuleViolation } from '@linli/domain-kernel';
import { isWithinDaysAfter } from '../../calendar/china-time.js';
import { DEFAULT_SATISFACTION_WINDOW_DAYS, SATISFACTION_SCORES } from '../../vocabulary.js';
import type { RateSatisfaction } from '../commands.js';
import type { DisputeEvent } from '../events.js';
import { existing, windowDays } from '../guards.js';
import type { Dispute } from '../state.js';

/**
 * Each party rates the latest resolution once, 1 to 5, within the window after it (resolved or
 * already closed). A reopened and again resolved dispute is rated afresh.
 */
export function rateSatisfaction(command: RateSatisfaction, state: Dispute): DisputeEvent[] {
  const { disputeId, subjectId, score } = command.data;
  const dispute = existing(state, disputeId);
  if (dispute.status !== 'resolved' && dispute.status !== 'closed') {
    throw new DomainRuleViolation('DisputeNotResolved', `the dispute is ${dispute.status}; satisfaction is rated after resolution`);
  }
  if (!(SATISFACTION_SCORES as readonly number[]).includes(score)) throw new DomainRuleViolation('InvalidSatisfactionScore', `a score is 1, 2, 3, 4 or 5, got ${score}`);
  if (!dispute.partySubjectIds.includes(subjectId)) throw new DomainRuleViolation('NotAPartyToTheDispute', 'only the parties of the dispute rate it');
  if (dispute.ratedSubjectIds.includes(subjectId)) throw new DomainRuleViolation('SatisfactionAlreadyGiven', 'each party rates a resolution once');
  const days = windowDays(command.data.windowDays, DEFAULT_SATISFACTION_WINDOW_DAYS);
  const ratedAt = command.metadata.now;
  if (!isWithinDaysAfter(dispute.resolvedAt, days, ratedAt)) {
    throw new DomainRuleViolation('SatisfactionWindowClosed', `satisfaction is rated within ${days} days of the resolution`);
  }
  return [{ type: 'disputes.SatisfactionRated', data: { disputeId, communityId: dispute.communityId, subjectId, score, ratedAt } }];
}
