import { DomainRuleViolation } from '@linli/domain-kernel';
import { isLater, isSameInstant } from '../../calendar/china-time.js';
import { assertValidPolicy } from '../../deadlines/deadline-policy.js';
import { HIGHEST_LEVEL_ESCALATED_AUTOMATICALLY, type EscalationLevel } from '../../vocabulary.js';
import type { MarkOverdue } from '../commands.js';
import type { DisputeEvent } from '../events.js';
import { existing } from '../guards.js';
import type { Dispute } from '../state.js';
import { escalation } from './escalation.js';

/** The reason recorded on an automatic escalation. */
export const OVERDUE_REASON = 'overdue';

/**
 * The scheduler's check of one deadline. Stale or repeated checks change nothing, so scheduler
 * retries are harmless: the dispute left the open state, or moved to another deadline (escalated,
 * reopened), or was already marked. A check that comes early is refused so the scheduler retries.
 * If the policy says so, levels 0–2 escalate one level in the same decision, with a new deadline.
 */
export function markOverdue(command: MarkOverdue, state: Dispute): DisputeEvent[] {
  const { disputeId, dueAt, policy, calendar } = command.data;
  const dispute = existing(state, disputeId);
  if (dispute.status !== 'open' || !isSameInstant(dispute.dueAt, dueAt) || dispute.overdue) return [];
  const now = command.metadata.now;
  if (!isLater(now, dispute.dueAt)) throw new DomainRuleViolation('DeadlineNotPassed', `the deadline ${dispute.dueAt} has not passed at ${now}`);
  const overdue: DisputeEvent = {
    type: 'disputes.DisputeBecameOverdue',
    data: { disputeId, communityId: dispute.communityId, level: dispute.level, dueAt: dispute.dueAt, detectedAt: now },
  };
  if (!assertValidPolicy(policy).autoEscalateWhenOverdue || dispute.level > HIGHEST_LEVEL_ESCALATED_AUTOMATICALLY) return [overdue];
  const toLevel = (dispute.level + 1) as EscalationLevel;
  return [overdue, escalation(dispute, { toLevel, reason: OVERDUE_REASON, department: undefined, automatic: true, at: now }, { policy, calendar })];
}
