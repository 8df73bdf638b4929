import {
  companyRecruitedV1,
  companyRegisteredV1,
  companyReinstatedV1,
  companySuspendedV1,
  contractRenewedV1,
  contractSignedV1,
  contractTerminatedV1,
  coverageChangedV1,
  entryReversedV1,
  expenditureRecordedV1,
  feesCollectedV1,
  revenueRecordedV1,
  statementPublishedV1,
} from '../../catalogue/index.js';
import type * as Stored from '../private/property-events.js';
import { storedEvent, type GatewayCase } from './gateway-cases.js';

// Stored property-services events written field for field after
// libs/property-services/domain/src/{company,community-contracts,community-ledger}/events.ts (and
// their testing/fixtures.ts), with the free text that must never leave.

const communityId = 'yingbin-garden';
const company = 'property.Company-company-jinyuan';
const contracts = `property.CommunityContracts-${communityId}`;
const ledger = `property.Ledger-${communityId}`;

export const propertyCases: GatewayCase[] = [
  {
    stored: storedEvent(company, 'property.CompanyRegistered', {
      companyId: 'company-jinyuan', name: 'Jinyuan Property Services Co., Ltd.', creditCode: '91361127MA35F3K2XA', qualificationLevel: 'ungraded',
    } satisfies Stored.StoredCompanyRegistered),
    contract: companyRegisteredV1,
    data: { companyId: 'company-jinyuan', creditCode: '91361127MA35F3K2XA', qualificationLevel: 'ungraded' },
    personal: ['Jinyuan Property'],
  },
  {
    stored: storedEvent(company, 'property.CompanySuspended', { companyId: 'company-jinyuan', reason: 'manager Zhao falsified the fire inspection log' } satisfies Stored.StoredCompanySuspended),
    contract: companySuspendedV1,
    data: { companyId: 'company-jinyuan' },
    personal: ['manager Zhao', 'falsified'],
  },
  {
    stored: storedEvent(company, 'property.CompanyReinstated', { companyId: 'company-jinyuan' } satisfies Stored.StoredCompanyReinstated),
    contract: companyReinstatedV1,
    data: { companyId: 'company-jinyuan' },
    personal: [],
  },
  {
    stored: storedEvent(contracts, 'property.CompanyRecruited', {
      communityId, tenderId: 'tender-2024', tenderDate: '2024-08-20', biddersCount: 4, selectedCompanyId: 'company-jinyuan',
    } satisfies Stored.StoredCompanyRecruited),
    contract: companyRecruitedV1,
    data: { communityId, tenderId: 'tender-2024', tenderDate: '2024-08-20', biddersCount: 4, selectedCompanyId: 'company-jinyuan' },
    personal: [],
  },
  {
    stored: storedEvent(contracts, 'property.ContractSigned', {
      communityId, contractId: 'contract-2024', companyId: 'company-jinyuan', tenderId: 'tender-2024', periodStart: '2024-09-01', periodEnd: '2027-08-31',
      feeStandardFenPerSqmMonth: 80, serviceLevel: 'level_2',
    } satisfies Stored.StoredContractSigned),
    contract: contractSignedV1,
    data: { communityId, contractId: 'contract-2024', companyId: 'company-jinyuan', tenderId: 'tender-2024', periodStart: '2024-09-01', periodEnd: '2027-08-31', feeStandardFenPerSqmMonth: 80, serviceLevel: 'level_2' },
    personal: [],
  },
  {
    stored: storedEvent(contracts, 'property.ContractSigned', {
      communityId, contractId: 'contract-2021', companyId: 'company-huaxin', tenderId: null, periodStart: '2021-09-01', periodEnd: '2024-08-31',
      feeStandardFenPerSqmMonth: 60, serviceLevel: 'level_3',
    } satisfies Stored.StoredContractSigned),
    contract: contractSignedV1,
    data: { communityId, contractId: 'contract-2021', companyId: 'company-huaxin', tenderId: null, periodStart: '2021-09-01', periodEnd: '2024-08-31', feeStandardFenPerSqmMonth: 60, serviceLevel: 'level_3' },
    personal: [],
  },
  {
    stored: storedEvent(contracts, 'property.ContractRenewed', {
      communityId, contractId: 'contract-2024', previousPeriodEnd: '2027-08-31', periodEnd: '2030-08-31', feeStandardFenPerSqmMonth: 85,
    } satisfies Stored.StoredContractRenewed),
    contract: contractRenewedV1,
    data: { communityId, contractId: 'contract-2024', previousPeriodEnd: '2027-08-31', periodEnd: '2030-08-31', feeStandardFenPerSqmMonth: 85 },
    personal: [],
  },
  {
    stored: storedEvent(contracts, 'property.ContractTerminated', {
      communityId, contractId: 'contract-2024', terminationDate: '2025-05-01', coveredUntil: '2025-04-30', reason: 'repeated failure to clear the fire lanes',
    } satisfies Stored.StoredContractTerminated),
    contract: contractTerminatedV1,
    data: { communityId, contractId: 'contract-2024', terminationDate: '2025-05-01', coveredUntil: '2025-04-30' },
    personal: ['fire lanes'],
  },
  {
    stored: storedEvent(contracts, 'property.CoverageChanged', {
      communityId, contractId: 'contract-2024', covered: true, effectiveDate: '2024-09-01', coveredUntil: '2027-08-31',
    } satisfies Stored.StoredCoverageChanged),
    contract: coverageChangedV1,
    data: { communityId, contractId: 'contract-2024', covered: true, effectiveDate: '2024-09-01', coveredUntil: '2027-08-31' },
    personal: [],
  },
  {
    stored: storedEvent(contracts, 'property.CoverageChanged', {
      communityId, contractId: 'contract-2024', covered: false, effectiveDate: '2025-05-01',
    } satisfies Stored.StoredCoverageChanged),
    contract: coverageChangedV1,
    data: { communityId, contractId: 'contract-2024', covered: false, effectiveDate: '2025-05-01' },
    personal: [],
  },
  {
    stored: storedEvent(ledger, 'property.RevenueRecorded', {
      communityId, entryId: 'rev-001', amountFen: 360_000, date: '2025-01-15', category: 'parking', counterparty: 'Parking operator Li Ming', voucherRef: 'V-2025-001',
    } satisfies Stored.StoredRevenueRecorded),
    contract: revenueRecordedV1,
    data: { communityId, entryId: 'rev-001', category: 'parking', amountFen: 360_000, date: '2025-01-15' },
    personal: ['Li Ming', 'V-2025-001'],
  },
  {
    stored: storedEvent(ledger, 'property.ExpenditureRecorded', {
      communityId, entryId: 'exp-001', amountFen: 150_000, date: '2025-02-10', category: 'repairs', counterparty: 'Lift maintenance team of Hu Jun', voucherRef: null,
    } satisfies Stored.StoredExpenditureRecorded),
    contract: expenditureRecordedV1,
    data: { communityId, entryId: 'exp-001', category: 'repairs', amountFen: 150_000, date: '2025-02-10' },
    personal: ['Hu Jun'],
  },
  {
    stored: storedEvent(ledger, 'property.EntryReversed', {
      communityId, entryId: 'rev-001-r', reversedEntryId: 'rev-001', amountFen: 360_000, date: '2025-02-01', reason: 'January parking was entered twice by Ms Xu',
      direction: 'revenue', category: 'parking',
    } satisfies Stored.StoredEntryReversed),
    contract: entryReversedV1,
    data: { communityId, entryId: 'rev-001-r', reversedEntryId: 'rev-001', direction: 'revenue', category: 'parking', amountFen: 360_000, date: '2025-02-01' },
    personal: ['entered twice', 'Ms Xu'],
  },
  {
    stored: storedEvent(ledger, 'property.FeesRecorded', {
      communityId, period: '2025-01', billedFen: 4_800_000, collectedFen: 4_320_000, billedHouseholds: 600, payingHouseholds: 540,
    } satisfies Stored.StoredFeesRecorded),
    contract: feesCollectedV1,
    data: { communityId, period: '2025-01', billedFen: 4_800_000, collectedFen: 4_320_000, billedHouseholds: 600, payingHouseholds: 540 },
    personal: [],
  },
  {
    // rev-001 and its reversal cancel out; rev-002-r reverses an entry of a closed period, so revenue is negative.
    stored: storedEvent(ledger, 'property.StatementPublished', {
      communityId, period: '2025-Q1', periodStart: '2025-01-01', periodEnd: '2025-03-31', feePeriods: ['2025-01'],
      feesBilledFen: 4_800_000, feesCollectedFen: 4_320_000, billedHouseholds: 600, payingHouseholds: 540, feeCollectionRateBp: 9000,
      revenueFen: -200_000, expenditureFen: 150_000, netFen: -350_000,
      revenueByCategory: { parking: -200_000, advertising: 0, lift_ads: 0, venue_rental: 0, other: 0 },
      expenditureByCategory: { repairs: 150_000, greening: 0, cleaning: 0, security: 0, other: 0 },
      entryIds: ['exp-001', 'rev-001', 'rev-001-r', 'rev-002-r'], sealEncoding: 'linli.property.statement.v1', seal: '3f'.repeat(32),
      publishedOn: '2025-04-10', deadline: '2025-04-15', onTime: true,
    } satisfies Stored.StoredStatementPublished),
    contract: statementPublishedV1,
    data: {
      communityId, period: '2025-Q1', periodStart: '2025-01-01', periodEnd: '2025-03-31', feePeriods: ['2025-01'],
      feesBilledFen: 4_800_000, feesCollectedFen: 4_320_000, billedHouseholds: 600, payingHouseholds: 540, feeCollectionRateBp: 9000,
      revenueFen: -200_000, expenditureFen: 150_000, netFen: -350_000,
      entryIds: ['exp-001', 'rev-001', 'rev-001-r', 'rev-002-r'], sealEncoding: 'linli.property.statement.v1', seal: '3f'.repeat(32),
      publishedOn: '2025-04-10', deadline: '2025-04-15', onTime: true,
    },
    personal: [],
  },
  {
    // Nothing billed in the period: no collection rate.
    stored: storedEvent(ledger, 'property.StatementPublished', {
      communityId, period: '2025-04', periodStart: '2025-04-01', periodEnd: '2025-04-30', feePeriods: [],
      feesBilledFen: 0, feesCollectedFen: 0, billedHouseholds: 0, payingHouseholds: 0, feeCollectionRateBp: null,
      revenueFen: 0, expenditureFen: 0, netFen: 0,
      revenueByCategory: { parking: 0, advertising: 0, lift_ads: 0, venue_rental: 0, other: 0 },
      expenditureByCategory: { repairs: 0, greening: 0, cleaning: 0, security: 0, other: 0 },
      entryIds: [], sealEncoding: 'linli.property.statement.v1', seal: '0a'.repeat(32),
      publishedOn: '2025-05-20', deadline: '2025-05-15', onTime: false,
    } satisfies Stored.StoredStatementPublished),
    contract: statementPublishedV1,
    data: {
      communityId, period: '2025-04', periodStart: '2025-04-01', periodEnd: '2025-04-30', feePeriods: [],
      feesBilledFen: 0, feesCollectedFen: 0, billedHouseholds: 0, payingHouseholds: 0, feeCollectionRateBp: null,
      revenueFen: 0, expenditureFen: 0, netFen: 0,
      entryIds: [], sealEncoding: 'linli.property.statement.v1', seal: '0a'.repeat(32),
      publishedOn: '2025-05-20', deadline: '2025-05-15', onTime: false,
    },
    personal: [],
  },
];
