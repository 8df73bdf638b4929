// The stored data of the property-services context's events, mirrored from
// libs/property-services/domain/src/{company,community-contracts,community-ledger}/events.ts.
// Contracts may not import a domain lib, so keep these in step with those files: the gateway reads
// them, its tests build fixtures from them. Free text is marked; the gateway never copies it.
// The domain lib's gateway-mirror.ts fails the typecheck when its stored data drifts from this mirror.
import type { EXPENDITURE_CATEGORIES, QUALIFICATION_LEVELS, REVENUE_CATEGORIES, SERVICE_LEVELS } from '../../catalogue/index.js';

type RevenueCategory = (typeof REVENUE_CATEGORIES)[number];
type ExpenditureCategory = (typeof EXPENDITURE_CATEGORIES)[number];

export interface StoredCompanyRegistered {
  companyId: string;
  /** free text */
  name: string;
  creditCode: string;
  qualificationLevel: (typeof QUALIFICATION_LEVELS)[number];
}
export interface StoredCompanySuspended {
  companyId: string;
  /** free text */
  reason: string;
}
export interface StoredCompanyReinstated {
  companyId: string;
}

export interface StoredCompanyRecruited {
  communityId: string;
  tenderId: string;
  tenderDate: string;
  biddersCount: number;
  selectedCompanyId: string;
}
export interface StoredContractSigned {
  communityId: string;
  contractId: string;
  companyId: string;
  tenderId: string | null;
  periodStart: string;
  periodEnd: string;
  feeStandardFenPerSqmMonth: number;
  serviceLevel: (typeof SERVICE_LEVELS)[number];
}
export interface StoredContractRenewed {
  communityId: string;
  contractId: string;
  previousPeriodEnd: string;
  periodEnd: string;
  feeStandardFenPerSqmMonth: number;
}
export interface StoredContractTerminated {
  communityId: string;
  contractId: string;
  terminationDate: string;
  coveredUntil: string;
  /** free text */
  reason: string;
}
export interface StoredCoverageChanged {
  communityId: string;
  contractId: string;
  covered: boolean;
  effectiveDate: string;
  coveredUntil?: string;
}

interface StoredEntry {
  communityId: string;
  entryId: string;
  amountFen: number;
  date: string;
  /** free text: often an organisation, sometimes a person */
  counterparty: string;
  /** free text */
  voucherRef: string | null;
}
export type StoredRevenueRecorded = StoredEntry & { category: RevenueCategory };
export type StoredExpenditureRecorded = StoredEntry & { category: ExpenditureCategory };
export type StoredEntryReversed = {
  communityId: string;
  entryId: string;
  reversedEntryId: string;
  amountFen: number;
  date: string;
  /** free text */
  reason: string;
} & ({ direction: 'revenue'; category: RevenueCategory } | { direction: 'expenditure'; category: ExpenditureCategory });
export interface StoredFeesRecorded {
  communityId: string;
  period: string;
  billedFen: number;
  collectedFen: number;
  billedHouseholds: number;
  payingHouseholds: number;
}
export interface StoredStatementPublished {
  communityId: string;
  period: string;
  periodStart: string;
  periodEnd: string;
  feePeriods: string[];
  feesBilledFen: number;
  feesCollectedFen: number;
  billedHouseholds: number;
  payingHouseholds: number;
  feeCollectionRateBp: number | null;
  revenueFen: number;
  expenditureFen: number;
  netFen: number;
  revenueByCategory: Record<RevenueCategory, number>;
  expenditureByCategory: Record<ExpenditureCategory, number>;
  entryIds: string[];
  sealEncoding: string;
  seal: string;
  publishedOn: string;
  deadline: string;
  onTime: boolean;
}

/**
 * The data the gateway reads, per stored type it maps. The property domain lib checks at compile time
 * that the data it stores still has all of it (libs/property-services/domain/src/gateway-mirror.ts).
 */
export interface PropertyStoredEvents {
  'property.CompanyRegistered': StoredCompanyRegistered;
  'property.CompanySuspended': StoredCompanySuspended;
  'property.CompanyReinstated': StoredCompanyReinstated;
  'property.CompanyRecruited': StoredCompanyRecruited;
  'property.ContractSigned': StoredContractSigned;
  'property.ContractRenewed': StoredContractRenewed;
  'property.ContractTerminated': StoredContractTerminated;
  'property.CoverageChanged': StoredCoverageChanged;
  'property.RevenueRecorded': StoredRevenueRecorded;
  'property.ExpenditureRecorded': StoredExpenditureRecorded;
  'property.EntryReversed': StoredEntryReversed;
  'property.FeesRecorded': StoredFeesRecorded;
  'property.StatementPublished': StoredStatementPublished;
}
