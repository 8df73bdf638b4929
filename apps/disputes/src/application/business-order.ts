import { disputeDecider, type Dispute, type DisputeCommand, type DisputeEvent } from '@linli/disputes-domain';
import { DomainRuleViolation, type Decider } from '@linli/domain-kernel';
import { businessTimeOf } from '@linli/disputes-read-models';

/** The dispute as the domain folds it, and the business time of its latest event. */
interface InBusinessOrder {
  readonly dispute: Dispute;
  readonly latestAt: string | undefined;
}

/**
 * The Dispute decider for commands recorded with a past business time (`occurredAt`): such a
 * command may not land before what the dispute already records, so a backdated history stays in
 * order (no resolution before its acceptance, no resolution behind an overdue check). Commands
 * in real time use the domain's decider as it is.
 */
export const disputeInBusinessOrder: Decider<DisputeCommand, DisputeEvent, InBusinessOrder> = {
  initialState: () => ({ dispute: disputeDecider.initialState(), latestAt: undefined }),
  evolve: (state, event) => ({ dispute: disputeDecider.evolve(state.dispute, event), latestAt: businessTimeOf(event) }),
  decide: (command, state) => {
    if (state.latestAt !== undefined && Date.parse(command.metadata.now) < Date.parse(state.latestAt)) {
      throw new DomainRuleViolation(
        'OccurredBeforeLatestEvent',
        `occurredAt ${command.metadata.now} is earlier than the dispute's latest recorded event (${state.latestAt})`,
      );
    }
    return disputeDecider.decide(command, state.dispute);
  },
};
