import { DomainRuleViolation } from '@linli/domain-kernel';
import type { WithdrawDispute } from '../commands.js';
import type { DisputeEvent } from '../events.js';
import { existing, optional } from '../guards.js';
import type { Dispute } from '../state.js';

/** The reporter may drop the matter until it is resolved; after that it is on the record. */
export function withdrawDispute(command: WithdrawDispute, state: Dispute): DisputeEvent[] {
  const { disputeId, subjectId } = command.data;
  const dispute = existing(state, disputeId);
  if (dispute.status === 'resolved' || dispute.status === 'closed') {
    throw new DomainRuleViolation('DisputeAlreadyResolved', `the dispute is ${dispute.status}; a resolved dispute is not withdrawn`);
  }
  if (dispute.status === 'rejected' || dispute.status === 'withdrawn') {
    throw new DomainRuleViolation('DisputeNoLongerActive', `the dispute was already ${dispute.status}`);
  }
  if (subjectId !== dispute.reporterSubjectId) throw new DomainRuleViolation('OnlyReporterMayWithdraw', 'only the party who reported the dispute withdraws it');
  const reason = command.data.reason?.trim() || undefined;
  return [{ type: 'disputes.DisputeWithdrawn', data: { disputeId, communityId: dispute.communityId, ...optional('reason', reason), withdrawnAt: command.metadata.now } }];
}
