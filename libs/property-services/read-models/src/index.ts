// Read models of the property-services context: pure projections and the queries over them.

export { ensureReadModelIndexes, propertyServicesProjections } from './read-models.js';
export { MAX_PAGE_SIZE, type Page, type PageRequest } from './query-support.js';

// Companies
export { companiesProjection, type CompanyDoc } from './companies/companies.projection.js';
export { companyHoldingCreditCode, findCompany, listCompanies } from './companies/companies.queries.js';

// Communities, contracts and coverage
export { communitiesProjection, type CommunityDoc, type TenderView } from './contracts/communities.projection.js';
export { contractsProjection, feeStandardOn, type ContractDoc } from './contracts/contracts.projection.js';
export { contractsOfCommunity, type CommunityContractsView } from './contracts/contracts.queries.js';
export { coverageOnDate, type CommunityCoverage, type ContractInForce, type CoverageFilter, type CoverageOnDate } from './contracts/coverage.queries.js';

// Ledger, fees and statements
export { feeRecordsProjection, type FeeRecordDoc } from './ledger/fee-records.projection.js';
export { feeRecordsOf, type FeeRecordsView } from './ledger/fees.queries.js';
export { ledgerEntriesProjection, type LedgerEntryDoc } from './ledger/ledger-entries.projection.js';
export { ledgerForPeriod, type LedgerForPeriod } from './ledger/ledger.queries.js';
export { withRunningTotals, type LedgerLine, type LedgerTotals } from './ledger/running-totals.js';
export { statementsProjection, type StatementDoc } from './ledger/statements.projection.js';
export { statementFor, statementsOf } from './ledger/statements.queries.js';
