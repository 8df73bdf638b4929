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
} from '../catalogue/index.js';
import { gatewayFrom, publicEvent, type Gateway, type GatewayMappings } from './gateway.js';
import { coverageOf, from } from './mapping.js';
import type * as Stored from './private/property-events.js';

// The property-services service's stored events → linli.property.v1. Copies public fields by name:
// company names, counterparties, vouchers and reasons stay private.

const mappings: GatewayMappings = {
  'property.CompanyRegistered': from<Stored.StoredCompanyRegistered>((d) =>
    publicEvent(companyRegisteredV1, { companyId: d.companyId, creditCode: d.creditCode, qualificationLevel: d.qualificationLevel }),
  ),
  'property.CompanySuspended': from<Stored.StoredCompanySuspended>((d) => publicEvent(companySuspendedV1, { companyId: d.companyId })),
  'property.CompanyReinstated': from<Stored.StoredCompanyReinstated>((d) => publicEvent(companyReinstatedV1, { companyId: d.companyId })),
  'property.CompanyRecruited': from<Stored.StoredCompanyRecruited>((d) =>
    publicEvent(companyRecruitedV1, { communityId: d.communityId, tenderId: d.tenderId, tenderDate: d.tenderDate, biddersCount: d.biddersCount, selectedCompanyId: d.selectedCompanyId }),
  ),
  'property.ContractSigned': from<Stored.StoredContractSigned>((d) =>
    publicEvent(contractSignedV1, {
      communityId: d.communityId,
      contractId: d.contractId,
      companyId: d.companyId,
      tenderId: d.tenderId,
      periodStart: d.periodStart,
      periodEnd: d.periodEnd,
      feeStandardFenPerSqmMonth: d.feeStandardFenPerSqmMonth,
      serviceLevel: d.serviceLevel,
    }),
  ),
  'property.ContractRenewed': from<Stored.StoredContractRenewed>((d) =>
    publicEvent(contractRenewedV1, {
      communityId: d.communityId,
      contractId: d.contractId,
      previousPeriodEnd: d.previousPeriodEnd,
      periodEnd: d.periodEnd,
      feeStandardFenPerSqmMonth: d.feeStandardFenPerSqmMonth,
    }),
  ),
  'property.ContractTerminated': from<Stored.StoredContractTerminated>((d) =>
    publicEvent(contractTerminatedV1, { communityId: d.communityId, contractId: d.contractId, terminationDate: d.terminationDate, coveredUntil: d.coveredUntil }),
  ),
  'property.CoverageChanged': from<Stored.StoredCoverageChanged>((d) =>
    publicEvent(coverageChangedV1, {
      communityId: d.communityId,
      contractId: d.contractId,
      covered: d.covered,
      effectiveDate: d.effectiveDate,
      ...(d.coveredUntil !== undefined && { coveredUntil: d.coveredUntil }),
    }),
  ),
  'property.RevenueRecorded': from<Stored.StoredRevenueRecorded>((d) =>
    publicEvent(revenueRecordedV1, { communityId: d.communityId, entryId: d.entryId, category: d.category, amountFen: d.amountFen, date: d.date }),
  ),
  'property.ExpenditureRecorded': from<Stored.StoredExpenditureRecorded>((d) =>
    publicEvent(expenditureRecordedV1, { communityId: d.communityId, entryId: d.entryId, category: d.category, amountFen: d.amountFen, date: d.date }),
  ),
  'property.EntryReversed': from<Stored.StoredEntryReversed>((d) =>
    publicEvent(entryReversedV1, { communityId: d.communityId, entryId: d.entryId, reversedEntryId: d.reversedEntryId, direction: d.direction, category: d.category, amountFen: d.amountFen, date: d.date }),
  ),
  'property.FeesRecorded': from<Stored.StoredFeesRecorded>((d) =>
    publicEvent(feesCollectedV1, {
      communityId: d.communityId,
      period: d.period,
      billedFen: d.billedFen,
      collectedFen: d.collectedFen,
      billedHouseholds: d.billedHouseholds,
      payingHouseholds: d.payingHouseholds,
    }),
  ),
  'property.StatementPublished': from<Stored.StoredStatementPublished>((d) =>
    publicEvent(statementPublishedV1, {
      communityId: d.communityId,
      period: d.period,
      periodStart: d.periodStart,
      periodEnd: d.periodEnd,
      feePeriods: [...d.feePeriods],
      feesBilledFen: d.feesBilledFen,
      feesCollectedFen: d.feesCollectedFen,
      billedHouseholds: d.billedHouseholds,
      payingHouseholds: d.payingHouseholds,
      feeCollectionRateBp: d.feeCollectionRateBp,
      revenueFen: d.revenueFen,
      expenditureFen: d.expenditureFen,
      netFen: d.netFen,
      entryIds: [...d.entryIds],
      sealEncoding: d.sealEncoding,
      seal: d.seal,
      publishedOn: d.publishedOn,
      deadline: d.deadline,
      onTime: d.onTime,
    }),
  ),
};

/** Maps the property-services service's stored events to their public contracts. */
export const propertyGateway: Gateway = gatewayFrom(mappings);

/** What the property gateway publishes (every stored type), and what it keeps private. */
export const propertyCoverage = coverageOf(mappings, {});
