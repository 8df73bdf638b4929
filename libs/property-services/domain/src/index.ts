// Public API of the property-services domain: three deciders and the pure helpers around them.

// Business dates (China Standard Time) and reporting periods
export { addDays, businessDateOf, CHINA_STANDARD_TIME_OFFSET_MINUTES, isIsoDate, type IsoDate } from './calendar/dates.js';
export { periodRange, type PeriodKey, type PeriodRange } from './calendar/periods.js';
export { sha256Hex } from './hashing/sha256.js';

// Property service companies
export { companyStreamName, propertyCompany } from './company/company.js';
export type { CompanyCommand, RegisterCompany, ReinstateCompany, SuspendCompany } from './company/commands.js';
export { creditCodeCheckCharacter, isValidCreditCode } from './company/credit-code.js';
export { QUALIFICATION_LEVELS } from './company/events.js';
export type { CompanyEvent, CompanyRegistered, CompanyReinstated, CompanySuspended, QualificationLevel } from './company/events.js';
export { companyStandingOf, type CompanyStanding, type PropertyCompany } from './company/state.js';

// Tenders, service contracts and coverage of a residential community
export type { CommunityContractsCommand, RecordTender, RenewContract, SignContract, TerminateContract } from './community-contracts/commands.js';
export { communityContracts, communityContractsStreamName } from './community-contracts/community-contracts.js';
export { coverageChangeOf, coverageOn, isCoveredOn, lastDayInForce, type Coverage } from './community-contracts/coverage.js';
export { SERVICE_LEVELS } from './community-contracts/events.js';
export type {
  CommunityContractsEvent,
  CompanyRecruited,
  ContractRenewed,
  ContractSigned,
  ContractTerminated,
  CoverageChanged,
  ServiceLevel,
} from './community-contracts/events.js';
export { contractById, tenderById, type CommunityContracts, type FeeStep, type ServiceContract, type Tender } from './community-contracts/state.js';

// Public ledger, fee records and statements of a residential community
export { basisPoints, collectionRate, collectionRateOf, type CollectionRate } from './community-ledger/collection-rate.js';
export type { CommunityLedgerCommand, PublishStatement, RecordExpenditure, RecordFees, RecordRevenue, ReverseEntry } from './community-ledger/commands.js';
export { communityLedger, ledgerStreamName } from './community-ledger/community-ledger.js';
export { EXPENDITURE_CATEGORIES, REVENUE_CATEGORIES } from './community-ledger/events.js';
export type {
  CommunityLedgerEvent,
  EntryReversed,
  ExpenditureCategory,
  ExpenditureRecorded,
  FeesRecorded,
  Posting,
  RevenueCategory,
  RevenueRecorded,
  StatementPublished,
} from './community-ledger/events.js';
export { DEFAULT_PUBLICATION_DEADLINE_DAYS } from './community-ledger/publish-statement.js';
export { canonicalEncoding, SEAL_ENCODING, sealOf, type SealedContent } from './community-ledger/seal.js';
export { contentsOf, statementClosing } from './community-ledger/state.js';
export type { CommunityLedger, FeeRecord, LedgerEntry, OriginalEntry, PublishedStatement, ReversalEntry } from './community-ledger/state.js';
export { verifyStatement, type StatementDifference, type StatementVerification } from './community-ledger/verify-statement.js';

import type { CompanyEvent } from './company/events.js';
import type { CommunityContractsEvent } from './community-contracts/events.js';
import type { CommunityLedgerEvent } from './community-ledger/events.js';

/** Every event the property-services context stores (all typed `property.*`). */
export type PropertyServicesEvent = CompanyEvent | CommunityContractsEvent | CommunityLedgerEvent;
