import type { Contract } from '../contract.js';
import {
  communityRegisteredV1,
  ownersCommitteeDissolvedV1,
  ownersCommitteeElectedV1,
  ownersCommitteeReElectedV1,
  pilotDesignatedV1,
  pilotWithdrawnV1,
  propertyCommitteeFormedV1,
  supervisoryBoardFormedV1,
} from './organizations-communities.js';
import { memberAssessedV1, memberAssessmentAmendedV1, memberLeftV1, memberReportedBackV1, memberTransferredV1 } from './organizations-members.js';
import { receptionDayCancelledV1, receptionDayHeldV1, receptionDayScheduledV1, receptionMatterRecordedV1 } from './organizations-reception-days.js';
import { unitDissolvedV1, unitEstablishedV1, unitUpgradedV1 } from './organizations-units.js';

export * from './organizations-communities.js';
export * from './organizations-members.js';
export * from './organizations-reception-days.js';
export * from './organizations-units.js';

/** Every public event of the organizations service (topic linli.organizations.v1). */
export const organizationsContracts: readonly Contract[] = [
  unitEstablishedV1,
  unitUpgradedV1,
  unitDissolvedV1,
  communityRegisteredV1,
  pilotDesignatedV1,
  pilotWithdrawnV1,
  ownersCommitteeElectedV1,
  ownersCommitteeReElectedV1,
  ownersCommitteeDissolvedV1,
  supervisoryBoardFormedV1,
  propertyCommitteeFormedV1,
  memberReportedBackV1,
  memberTransferredV1,
  memberLeftV1,
  memberAssessedV1,
  memberAssessmentAmendedV1,
  receptionDayScheduledV1,
  receptionDayHeldV1,
  receptionMatterRecordedV1,
  receptionDayCancelledV1,
];
