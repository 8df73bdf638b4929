import { DomainRuleViolation } from '@linli/domain-kernel';
import { isWithinDaysAfter } from '../../calendar/china-time.js';
import { deadlineOnEntering } from '../../deadlines/level-deadline.js';
import { DEFAULT_REOPEN_WINDOW_DAYS } from '../../vocabulary.js';
import type { ReopenDispute } from '../commands.js';
import type { DisputeEvent } from '../events.js';
import { existing, requiredText, windowDays } from '../guards.js';
import type { Dispute } from '../state.js';

/**
 * A matter that recurs soon after it was settled reopens the same dispute: back to open at the level
 * it was resolved at, with a new deadline. The window runs from closing, or from resolution if not closed.
 */
export function reopenDispute(command: ReopenDispute, state: Dispute): DisputeEvent[] {
  const { disputeId, policy, calendar } = command.data;
  const dispute = existing(state, disputeId);
  if (dispute.status !== 'resolved' && dispute.status !== 'closed') {
    throw new DomainRuleViolation('DisputeNotResolved', `the dispute is ${dispute.status}; only a resolved or closed dispute is reopened`);
  }
  const reason = requiredText(command.data.reason, 'ReopenReasonRequired', 'a reopening says how the matter recurred');
  const days = windowDays(command.data.windowDays, DEFAULT_REOPEN_WINDOW_DAYS);
  const reopenedAt = command.metadata.now;
  const settledAt = dispute.status === 'closed' ? dispute.closedAt : dispute.resolvedAt;
  if (!isWithinDaysAfter(settledAt, days, reopenedAt)) {
    throw new DomainRuleViolation('ReopenWindowClosed', `a dispute is reopened within ${days} days; report the recurrence as a new dispute`);
  }
  const { category, urgency, level } = dispute;
  const deadline = deadlineOnEntering(reopenedAt, { category, urgency, level }, { policy, calendar });
  return [{
    type: 'disputes.DisputeReopened',
    data: { disputeId, communityId: dispute.communityId, reason, level, reopenCount: dispute.reopenCount + 1, reopenedAt, ...deadline },
  }];
}
