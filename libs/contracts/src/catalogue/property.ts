import type { Contract } from '../contract.js';
import { companyRegisteredV1, companyReinstatedV1, companySuspendedV1 } from './property-companies.js';
import { companyRecruitedV1, contractRenewedV1, contractSignedV1, contractTerminatedV1, coverageChangedV1 } from './property-contracts.js';
import { entryReversedV1, expenditureRecordedV1, feesCollectedV1, revenueRecordedV1, statementPublishedV1 } from './property-ledger.js';

export * from './property-companies.js';
export * from './property-contracts.js';
export * from './property-ledger.js';

/** Every public event of the property-services service (topic linli.property.v1). */
export const propertyContracts: readonly Contract[] = [
  companyRegisteredV1,
  companySuspendedV1,
  companyReinstatedV1,
  companyRecruitedV1,
  contractSignedV1,
  contractRenewedV1,
  contractTerminatedV1,
  coverageChangedV1,
  revenueRecordedV1,
  expenditureRecordedV1,
  entryReversedV1,
  feesCollectedV1,
  statementPublishedV1,
];
