import { DomainRuleViolation } from '@linli/domain-kernel';
import { deadlineOnEntering } from '../../deadlines/level-deadline.js';
import type { AcceptDispute, RejectDispute } from '../commands.js';
import type { DisputeEvent } from '../events.js';
import { existing, optional, requiredText } from '../guards.js';
import { departmentAt, startingLevel } from '../ladder.js';
import type { Dispute, ReportedDispute } from '../state.js';

function awaitingAcceptance(state: Dispute, disputeId: string): ReportedDispute {
  const dispute = existing(state, disputeId);
  if (dispute.status !== 'reported') {
    throw new DomainRuleViolation('DisputeNotAwaitingAcceptance', `the dispute is ${dispute.status}; only a reported dispute is accepted or rejected`);
  }
  return dispute;
}

/** Categorise, place on the ladder at any level, and start that level's deadline. */
export function acceptDispute(command: AcceptDispute, state: Dispute): DisputeEvent[] {
  const { disputeId, category, policy, calendar } = command.data;
  const dispute = awaitingAcceptance(state, disputeId);
  const level = startingLevel(command.data.level);
  const department = departmentAt(level, command.data.department);
  const acceptedAt = command.metadata.now;
  const deadline = deadlineOnEntering(acceptedAt, { category, urgency: dispute.urgency, level }, { policy, calendar });
  return [{
    type: 'disputes.DisputeAccepted',
    data: { disputeId, communityId: dispute.communityId, category, level, ...optional('department', department), acceptedAt, ...deadline },
  }];
}

/** Not a matter for community governance (or not a dispute at all), and the reporter is told why. */
export function rejectDispute(command: RejectDispute, state: Dispute): DisputeEvent[] {
  const { disputeId } = command.data;
  const dispute = awaitingAcceptance(state, disputeId);
  const reason = requiredText(command.data.reason, 'RejectionReasonRequired', 'a rejection gives its reason');
  return [{ type: 'disputes.DisputeRejected', data: { disputeId, communityId: dispute.communityId, reason, rejectedAt: command.metadata.now } }];
}
