import { DomainRuleViolation } from '@linli/domain-kernel';
import { addDays, isWithin, requireIsoDate } from '../calendar/dates.js';
import type { TerminateContract } from './commands.js';
import type { CommunityContractsEvent } from './events.js';
import { requireSignedContract } from './guards.js';
import type { CommunityContracts } from './state.js';

/** Ends a contract early, from a day inside its period; coverage stops the day before. */
export function terminateContract({ data }: TerminateContract, state: CommunityContracts): CommunityContractsEvent[] {
  const contract = requireSignedContract(state, data.contractId);
  const terminationDate = requireIsoDate(data.terminationDate, 'terminationDate');
  if (!isWithin(terminationDate, contract.periodStart, contract.periodEnd))
    throw new DomainRuleViolation(
      'TerminationDateOutsidePeriod',
      `termination date ${terminationDate} is outside the period ${contract.periodStart}..${contract.periodEnd}`,
    );
  const reason = data.reason.trim();
  if (reason === '') throw new DomainRuleViolation('ReasonRequired', 'an early termination needs a reason');
  return [
    {
      type: 'property.ContractTerminated',
      data: { communityId: data.communityId, contractId: contract.contractId, terminationDate, coveredUntil: addDays(terminationDate, -1), reason },
    },
  ];
}
