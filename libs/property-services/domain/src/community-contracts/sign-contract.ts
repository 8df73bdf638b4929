import { DomainRuleViolation, NotFound } from '@linli/domain-kernel';
import { requireIsoDate } from '../calendar/dates.js';
import type { SignContract } from './commands.js';
import { SERVICE_LEVELS, type CommunityContractsEvent } from './events.js';
import { requireCompanyInGoodStanding, requireFeeStandard, requireNoOverlap } from './guards.js';
import { contractById, tenderById, type CommunityContracts } from './state.js';

/** Binds a company to the community for a period at a fee standard; no other contract may be in force then. */
export function signContract({ data }: SignContract, state: CommunityContracts): CommunityContractsEvent[] {
  if (contractById(state, data.contractId)) throw new DomainRuleViolation('ContractAlreadyExists', `contract ${data.contractId} is already signed`);
  const periodStart = requireIsoDate(data.periodStart, 'periodStart');
  const periodEnd = requireIsoDate(data.periodEnd, 'periodEnd');
  if (periodEnd <= periodStart)
    throw new DomainRuleViolation('InvalidContractPeriod', `the period must end after it starts (${periodStart}..${periodEnd})`);
  const feeStandardFenPerSqmMonth = requireFeeStandard(data.feeStandardFenPerSqmMonth);
  if (!SERVICE_LEVELS.includes(data.serviceLevel))
    throw new DomainRuleViolation('UnknownServiceLevel', `${String(data.serviceLevel)} is not a service level`);
  if (data.tenderId !== null) {
    const tender = tenderById(state, data.tenderId);
    if (!tender) throw new NotFound('Tender', data.tenderId);
    if (tender.selectedCompanyId !== data.companyId)
      throw new DomainRuleViolation(
        'CompanyNotSelectedByTender',
        `tender ${tender.tenderId} selected ${tender.selectedCompanyId}, not ${data.companyId}`,
      );
  }
  requireCompanyInGoodStanding(data.companyId, data.lookup.companyStanding);
  requireNoOverlap(state, periodStart, periodEnd);
  const { communityId, contractId, companyId, tenderId, serviceLevel } = data;
  return [
    {
      type: 'property.ContractSigned',
      data: { communityId, contractId, companyId, tenderId, periodStart, periodEnd, feeStandardFenPerSqmMonth, serviceLevel },
    },
  ];
}
