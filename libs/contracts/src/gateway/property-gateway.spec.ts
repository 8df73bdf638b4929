import { propertyCoverage, propertyGateway } from './property-gateway.js';
import { itCovers, itPublishes } from './testing/gateway-cases.js';
import { propertyCases } from './testing/property-cases.js';

// Mirrors PropertyServicesEvent in libs/property-services/domain/src/index.ts (CompanyEvent,
// CommunityContractsEvent and CommunityLedgerEvent of the three events.ts files): keep in step.
const PROPERTY_EVENT_TYPES = [
  'property.CompanyRegistered',
  'property.CompanySuspended',
  'property.CompanyReinstated',
  'property.CompanyRecruited',
  'property.ContractSigned',
  'property.ContractRenewed',
  'property.ContractTerminated',
  'property.CoverageChanged',
  'property.RevenueRecorded',
  'property.ExpenditureRecorded',
  'property.EntryReversed',
  'property.FeesRecorded',
  'property.StatementPublished',
];

describe('the property gateway', () => {
  itPublishes(propertyGateway, propertyCases);
  itCovers(propertyCoverage, PROPERTY_EVENT_TYPES, propertyCases);
});
