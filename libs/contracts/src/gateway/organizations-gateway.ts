import {
  communityRegisteredV1,
  memberAssessedV1,
  memberAssessmentAmendedV1,
  memberLeftV1,
  memberReportedBackV1,
  memberTransferredV1,
  ownersCommitteeDissolvedV1,
  ownersCommitteeElectedV1,
  ownersCommitteeReElectedV1,
  pilotDesignatedV1,
  pilotWithdrawnV1,
  propertyCommitteeFormedV1,
  receptionDayCancelledV1,
  receptionDayHeldV1,
  receptionDayScheduledV1,
  receptionMatterRecordedV1,
  supervisoryBoardFormedV1,
  unitDissolvedV1,
  unitEstablishedV1,
  unitUpgradedV1,
} from '../catalogue/index.js';
import { gatewayFrom, publicEvent, type Gateway, type GatewayMappings } from './gateway.js';
import { coverageOf, from } from './mapping.js';
import type * as Stored from './private/organizations-events.js';

// The organizations service's stored events → linli.organizations.v1. Copies public fields by
// name; names, addresses, phones, workplaces, reasons, venues, matter summaries and subject ids of
// body members, officials and residents stay private. Bodies are counted, not listed.

const term = (d: Stored.StoredCommitteeTerm) => ({
  communityId: d.communityId,
  term: d.term,
  memberCount: d.members.length,
  electedOn: d.electedOn,
  termStart: d.termStart,
  termEnd: d.termEnd,
});
const assessment = (d: Stored.StoredAssessment) => ({ memberId: d.memberId, branchUnitId: d.branchUnitId, period: d.period, score: d.score, grade: d.grade });

const mappings: GatewayMappings = {
  'organizations.UnitEstablished': from<Stored.StoredUnitEstablished>((d) =>
    publicEvent(unitEstablishedV1, {
      unitId: d.unitId,
      unitType: d.type,
      parentUnitId: d.parentUnitId,
      formation: d.formation,
      servedCommunityIds: [...d.servedCommunityIds],
      effectiveFrom: d.effectiveFrom,
    }),
  ),
  'organizations.UnitUpgraded': from<Stored.StoredUnitUpgraded>((d) =>
    publicEvent(unitUpgradedV1, { unitId: d.unitId, fromType: d.fromType, toType: d.toType, effectiveFrom: d.effectiveFrom }),
  ),
  'organizations.UnitDissolved': from<Stored.StoredUnitDissolved>((d) => publicEvent(unitDissolvedV1, { unitId: d.unitId, effectiveFrom: d.effectiveFrom })),
  'organizations.ResidentialCommunityRegistered': from<Stored.StoredResidentialCommunityRegistered>((d) =>
    publicEvent(communityRegisteredV1, { communityId: d.communityId, communityUnitId: d.communityUnitId, households: d.households, buildingCount: d.buildingCount }),
  ),
  'organizations.PilotDesignated': from<Stored.StoredPilotDesignated>((d) => publicEvent(pilotDesignatedV1, { communityId: d.communityId, designatedOn: d.designatedOn })),
  'organizations.PilotWithdrawn': from<Stored.StoredPilotWithdrawn>((d) => publicEvent(pilotWithdrawnV1, { communityId: d.communityId, withdrawnOn: d.withdrawnOn })),
  'organizations.OwnersCommitteeElected': from<Stored.StoredCommitteeTerm>((d) => publicEvent(ownersCommitteeElectedV1, term(d))),
  'organizations.OwnersCommitteeReElected': from<Stored.StoredCommitteeTerm>((d) => publicEvent(ownersCommitteeReElectedV1, term(d))),
  'organizations.OwnersCommitteeDissolved': from<Stored.StoredOwnersCommitteeDissolved>((d) =>
    publicEvent(ownersCommitteeDissolvedV1, { communityId: d.communityId, term: d.term, dissolvedOn: d.dissolvedOn }),
  ),
  'organizations.SupervisoryBoardFormed': from<Stored.StoredBodyFormed>((d) =>
    publicEvent(supervisoryBoardFormedV1, { communityId: d.communityId, memberCount: d.members.length, formedOn: d.formedOn }),
  ),
  'organizations.PropertyCommitteeFormed': from<Stored.StoredBodyFormed>((d) =>
    publicEvent(propertyCommitteeFormedV1, { communityId: d.communityId, memberCount: d.members.length, formedOn: d.formedOn }),
  ),
  'organizations.MemberReportedBack': from<Stored.StoredMemberReportedBack>((d) =>
    publicEvent(memberReportedBackV1, { memberId: d.memberId, branchUnitId: d.branchUnitId, communityId: d.communityId, rank: d.rank, reportedOn: d.reportedOn }),
  ),
  'organizations.MemberTransferred': from<Stored.StoredMemberTransferred>((d) =>
    publicEvent(memberTransferredV1, {
      memberId: d.memberId,
      communityId: d.toCommunityId,
      branchUnitId: d.toBranchUnitId,
      fromCommunityId: d.fromCommunityId,
      fromBranchUnitId: d.fromBranchUnitId,
      transferredOn: d.transferredOn,
    }),
  ),
  'organizations.MemberLeft': from<Stored.StoredMemberLeft>((d) => publicEvent(memberLeftV1, { memberId: d.memberId, branchUnitId: d.branchUnitId, leftOn: d.leftOn })),
  'organizations.MemberPerformanceAssessed': from<Stored.StoredAssessment>((d) => publicEvent(memberAssessedV1, assessment(d))),
  'organizations.MemberPerformanceAssessmentAmended': from<Stored.StoredAssessmentAmended>((d) =>
    publicEvent(memberAssessmentAmendedV1, { ...assessment(d), previousScore: d.previousScore, previousGrade: d.previousGrade }),
  ),
  'organizations.ReceptionDayScheduled': from<Stored.StoredReceptionDayScheduled>((d) =>
    publicEvent(receptionDayScheduledV1, { receptionDayId: d.receptionDayId, communityId: d.communityId, scheduledFor: d.scheduledFor }),
  ),
  'organizations.ReceptionDayHeld': from<Stored.StoredReceptionDayHeld>((d) =>
    publicEvent(receptionDayHeldV1, { receptionDayId: d.receptionDayId, communityId: d.communityId, heldOn: d.heldOn }),
  ),
  'organizations.ReceptionMatterRecorded': from<Stored.StoredReceptionMatterRecorded>((d) =>
    publicEvent(receptionMatterRecordedV1, {
      receptionDayId: d.receptionDayId,
      communityId: d.communityId,
      matterId: d.matterId,
      category: d.category,
      referToDisputes: d.referToDisputes,
      raisedOn: d.raisedOn,
    }),
  ),
  'organizations.ReceptionDayCancelled': from<Stored.StoredReceptionDayCancelled>((d) =>
    publicEvent(receptionDayCancelledV1, { receptionDayId: d.receptionDayId, communityId: d.communityId }),
  ),
};

/** Maps the organizations service's stored events to their public contracts. */
export const organizationsGateway: Gateway = gatewayFrom(mappings);

/** What the organizations gateway publishes, and what it keeps private and why. */
export const organizationsCoverage = coverageOf(mappings, {
  'organizations.UnitRenamed': 'only a name changes, and names are not published',
  'organizations.ServicePostTaken': 'the post is free text; no measure or dashboard uses service posts',
  'organizations.ServicePostRelinquished': 'the post is free text; no measure or dashboard uses service posts',
  'organizations.ServiceHoursRecorded': 'the activity is free text; no measure or dashboard uses service hours',
});
