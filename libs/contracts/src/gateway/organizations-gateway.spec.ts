import { organizationsCoverage, organizationsGateway } from './organizations-gateway.js';
import { itCovers, itKeepsPrivate, itPublishes } from './testing/gateway-cases.js';
import { organizationsCases, organizationsPrivateEvents } from './testing/organizations-cases.js';

// Mirrors `organizationsEventTypes` in libs/organizations/domain/src/event-types.ts: keep in step.
const ORGANIZATIONS_EVENT_TYPES = [
  'organizations.UnitEstablished',
  'organizations.UnitUpgraded',
  'organizations.UnitRenamed',
  'organizations.UnitDissolved',
  'organizations.ResidentialCommunityRegistered',
  'organizations.PilotDesignated',
  'organizations.PilotWithdrawn',
  'organizations.OwnersCommitteeElected',
  'organizations.OwnersCommitteeReElected',
  'organizations.OwnersCommitteeDissolved',
  'organizations.SupervisoryBoardFormed',
  'organizations.PropertyCommitteeFormed',
  'organizations.MemberReportedBack',
  'organizations.MemberTransferred',
  'organizations.MemberLeft',
  'organizations.ServicePostTaken',
  'organizations.ServicePostRelinquished',
  'organizations.ServiceHoursRecorded',
  'organizations.MemberPerformanceAssessed',
  'organizations.MemberPerformanceAssessmentAmended',
  'organizations.ReceptionDayScheduled',
  'organizations.ReceptionDayHeld',
  'organizations.ReceptionMatterRecorded',
  'organizations.ReceptionDayCancelled',
];

describe('the organizations gateway', () => {
  itPublishes(organizationsGateway, organizationsCases);
  itKeepsPrivate(organizationsGateway, organizationsPrivateEvents);
  itCovers(organizationsCoverage, ORGANIZATIONS_EVENT_TYPES, organizationsCases);
});
