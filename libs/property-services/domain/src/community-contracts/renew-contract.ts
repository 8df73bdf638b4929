import { DomainRuleViolation } from '@linli/domain-kernel';
import { addDays, requireIsoDate } from '../calendar/dates.js';
import type { RenewContract } from './commands.js';
import type { CommunityContractsEvent } from './events.js';
import { requireCompanyInGoodStanding, requireFeeStandard, requireNoOverlap, requireSignedContract } from './guards.js';
import type { CommunityContracts } from './state.js';

/** Extends a contract past its current end, keeping or changing the fee standard for the extension. */
export function renewContract({ data }: RenewContract, state: CommunityContracts): CommunityContractsEvent[] {
  const contract = requireSignedContract(state, data.contractId);
  if (data.lookup.companyId !== contract.companyId)
    throw new Error(`renewal of ${contract.contractId} was given the standing of ${data.lookup.companyId}, not of its company ${contract.companyId}`);
  const periodEnd = requireIsoDate(data.newPeriodEnd, 'newPeriodEnd');
  if (periodEnd <= contract.periodEnd)
    throw new DomainRuleViolation('RenewalMustExtendPeriod', `the new end ${periodEnd} must be after the current end ${contract.periodEnd}`);
  const currentFee = contract.feeSchedule.at(-1)?.feeStandardFenPerSqmMonth ?? 0;
  const feeStandardFenPerSqmMonth = requireFeeStandard(data.feeStandardFenPerSqmMonth ?? currentFee);
  requireCompanyInGoodStanding(contract.companyId, data.lookup.companyStanding);
  requireNoOverlap(state, addDays(contract.periodEnd, 1), periodEnd, contract.contractId);
  return [
    {
      type: 'property.ContractRenewed',
      data: {
        communityId: data.communityId,
        contractId: contract.contractId,
        previousPeriodEnd: contract.periodEnd,
        periodEnd,
        feeStandardFenPerSqmMonth,
      },
    },
  ];
}
