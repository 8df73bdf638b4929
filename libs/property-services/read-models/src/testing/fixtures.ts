import type {
  CompanyRegistered,
  CompanyRecruited,
  ContractSigned,
  EntryReversed,
  ExpenditureRecorded,
  FeesRecorded,
  RevenueRecorded,
} from '@linli/property-services-domain';

export const COMMUNITY_ID = '0193a5c0-0000-7000-8000-000000000001';
export const COMPANY_ID = '0193a5c0-0000-7000-8000-0000000000c1';
export const CONTRACT_ID = '0193a5c0-0000-7000-8000-0000000000a1';

export const companyRegistered = (data: Partial<CompanyRegistered['data']> = {}): CompanyRegistered => ({
  type: 'property.CompanyRegistered',
  data: { companyId: COMPANY_ID, name: 'Jinyuan Property Services Co., Ltd.', creditCode: '91361127MA35F3K2XA', qualificationLevel: 'ungraded', ...data },
});

export const tenderRecorded = (data: Partial<CompanyRecruited['data']> = {}): CompanyRecruited => ({
  type: 'property.CompanyRecruited',
  data: { communityId: COMMUNITY_ID, tenderId: 'tender-1', tenderDate: '2025-12-20', biddersCount: 3, selectedCompanyId: COMPANY_ID, ...data },
});

export const contractSigned = (data: Partial<ContractSigned['data']> = {}): ContractSigned => ({
  type: 'property.ContractSigned',
  data: {
    communityId: COMMUNITY_ID,
    contractId: CONTRACT_ID,
    companyId: COMPANY_ID,
    tenderId: 'tender-1',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    feeStandardFenPerSqmMonth: 120,
    serviceLevel: 'level_2',
    ...data,
  },
});

export const revenueRecorded = (data: Partial<RevenueRecorded['data']> = {}): RevenueRecorded => ({
  type: 'property.RevenueRecorded',
  data: { communityId: COMMUNITY_ID, entryId: 'rev-1', amountFen: 360_000, date: '2026-01-15', counterparty: 'Parking operator Li', voucherRef: 'V-1', category: 'parking', ...data },
});

export const expenditureRecorded = (data: Partial<ExpenditureRecorded['data']> = {}): ExpenditureRecorded => ({
  type: 'property.ExpenditureRecorded',
  data: { communityId: COMMUNITY_ID, entryId: 'exp-1', amountFen: 150_000, date: '2026-02-10', counterparty: 'Lift maintenance team', voucherRef: null, category: 'repairs', ...data },
});

export const entryReversed = (data: Partial<EntryReversed['data']> = {}): EntryReversed =>
  ({
    type: 'property.EntryReversed',
    data: { communityId: COMMUNITY_ID, entryId: 'rev-1-r', reversedEntryId: 'rev-1', amountFen: 360_000, date: '2026-02-01', reason: 'entered twice', direction: 'revenue', category: 'parking', ...data },
  }) as EntryReversed;

export const feesRecorded = (data: Partial<FeesRecorded['data']> = {}): FeesRecorded => ({
  type: 'property.FeesRecorded',
  data: { communityId: COMMUNITY_ID, period: '2026-01', billedFen: 4_800_000, collectedFen: 4_320_000, billedHouseholds: 600, payingHouseholds: 540, ...data },
});
