import { metadata } from '../../testing/metadata.js';
import type { RecordTender, RenewContract, SignContract, TerminateContract } from '../commands.js';
import type { CompanyRecruited, ContractRenewed, ContractSigned, ContractTerminated, CoverageChanged } from '../events.js';

export const COMMUNITY_ID = 'yingbin-garden';
export const COMPANY_ID = 'company-jinyuan';
export const OTHER_COMPANY_ID = 'company-huaxin';
export const TENDER_ID = 'tender-2024';
export const CONTRACT_ID = 'contract-2024';

// The committee chose Jinyuan among four bidders and signed for three years at 0.80 yuan/m²/month.
const tender = { tenderId: TENDER_ID, tenderDate: '2024-08-20', biddersCount: 4, selectedCompanyId: COMPANY_ID };
const contract = {
  contractId: CONTRACT_ID,
  companyId: COMPANY_ID,
  tenderId: TENDER_ID as string | null,
  periodStart: '2024-09-01',
  periodEnd: '2027-08-31',
  feeStandardFenPerSqmMonth: 80,
  serviceLevel: 'level_2' as const,
};

export const recordTender = (data: Partial<RecordTender['data']> = {}): RecordTender => ({
  type: 'RecordTender',
  data: { communityId: COMMUNITY_ID, ...tender, ...data },
  metadata: metadata(),
});

export const sign = (data: Partial<SignContract['data']> = {}): SignContract => ({
  type: 'SignContract',
  data: { communityId: COMMUNITY_ID, ...contract, lookup: { companyStanding: 'active' }, ...data },
  metadata: metadata(),
});

export const renew = (data: Partial<RenewContract['data']> = {}): RenewContract => ({
  type: 'RenewContract',
  data: { communityId: COMMUNITY_ID, contractId: CONTRACT_ID, newPeriodEnd: '2030-08-31', lookup: { companyId: COMPANY_ID, companyStanding: 'active' }, ...data },
  metadata: metadata(),
});

export const terminate = (data: Partial<TerminateContract['data']> = {}): TerminateContract => ({
  type: 'TerminateContract',
  data: { communityId: COMMUNITY_ID, contractId: CONTRACT_ID, terminationDate: '2025-05-01', reason: 'repeated failure to clear the fire lanes', ...data },
  metadata: metadata(),
});

export const recruited = (data: Partial<CompanyRecruited['data']> = {}): CompanyRecruited => ({
  type: 'property.CompanyRecruited',
  data: { communityId: COMMUNITY_ID, ...tender, ...data },
});

export const signed = (data: Partial<ContractSigned['data']> = {}): ContractSigned => ({
  type: 'property.ContractSigned',
  data: { communityId: COMMUNITY_ID, ...contract, ...data },
});

export const renewed = (data: Partial<ContractRenewed['data']> = {}): ContractRenewed => ({
  type: 'property.ContractRenewed',
  data: { communityId: COMMUNITY_ID, contractId: CONTRACT_ID, previousPeriodEnd: '2027-08-31', periodEnd: '2030-08-31', feeStandardFenPerSqmMonth: 80, ...data },
});

export const terminated = (data: Partial<ContractTerminated['data']> = {}): ContractTerminated => ({
  type: 'property.ContractTerminated',
  data: {
    communityId: COMMUNITY_ID,
    contractId: CONTRACT_ID,
    terminationDate: '2025-05-01',
    coveredUntil: '2025-04-30',
    reason: 'repeated failure to clear the fire lanes',
    ...data,
  },
});

/** Covered by the contract of `signed()` for its period. */
export const coverageChanged = (data: Partial<CoverageChanged['data']> = {}): CoverageChanged => ({
  type: 'property.CoverageChanged',
  data: { communityId: COMMUNITY_ID, contractId: CONTRACT_ID, covered: true, effectiveDate: '2024-09-01', coveredUntil: '2027-08-31', ...data },
});

/** Not covered from the termination date of `terminated()` on. */
export const uncovered = (data: Partial<Omit<CoverageChanged['data'], 'coveredUntil' | 'covered'>> = {}): CoverageChanged => ({
  type: 'property.CoverageChanged',
  data: { communityId: COMMUNITY_ID, contractId: CONTRACT_ID, covered: false, effectiveDate: '2025-05-01', ...data },
});
