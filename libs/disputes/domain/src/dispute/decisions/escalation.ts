import { deadlineOnEntering, type DeadlineInputs } from '../../deadlines/level-deadline.js';
import type { CountyDepartment, EscalationLevel } from '../../vocabulary.js';
import type { EscalateDispute } from '../commands.js';
import type { DisputeEscalated, DisputeEvent } from '../events.js';
import { mustBeOpen, optional, requiredText } from '../guards.js';
import { departmentAt, nextLevel } from '../ladder.js';
import type { Dispute, OpenDispute } from '../state.js';

/** Up one level, by hand, with a reason; reaching the working committee names the department. */
export function escalateDispute(command: EscalateDispute, state: Dispute): DisputeEvent[] {
  const { disputeId, policy, calendar } = command.data;
  const dispute = mustBeOpen(state, disputeId);
  const toLevel = nextLevel(dispute.level, command.data.toLevel);
  const department = departmentAt(toLevel, command.data.department);
  const reason = requiredText(command.data.reason, 'EscalationReasonRequired', 'an escalation gives its reason');
  return [escalation(dispute, { toLevel, reason, department, automatic: false, at: command.metadata.now }, { policy, calendar })];
}

interface Step {
  readonly toLevel: EscalationLevel;
  readonly reason: string;
  readonly department: CountyDepartment | undefined;
  readonly automatic: boolean;
  readonly at: string;
}

/** The escalation event, with the deadline of the level entered (shared with automatic escalation). */
export function escalation(dispute: OpenDispute, step: Step, inputs: DeadlineInputs): DisputeEscalated {
  const { category, urgency } = dispute;
  const deadline = deadlineOnEntering(step.at, { category, urgency, level: step.toLevel }, inputs);
  return {
    type: 'disputes.DisputeEscalated',
    data: {
      disputeId: dispute.disputeId, communityId: dispute.communityId, fromLevel: dispute.level, toLevel: step.toLevel,
      reason: step.reason, automatic: step.automatic, ...optional('department', step.department), escalatedAt: step.at, ...deadline,
    },
  };
}
