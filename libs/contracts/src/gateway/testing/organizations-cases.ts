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
} from '../../catalogue/index.js';
import type * as Stored from '../private/organizations-events.js';
import { storedEvent, type GatewayCase } from './gateway-cases.js';

// Stored organizations events written field for field after libs/organizations/domain/src/**/*.events.ts
// (and the domain's test builders), with personal data and free text that must never leave.

const community = 'yingbin-garden';
const unit = (id: string) => `organizations.unit-${id}`;
const estate = `organizations.residentialCommunity-${community}`;
const member = 'organizations.member-m-1';
const day = 'organizations.receptionDay-rd-1';
const committee = [
  { subjectId: 'subj-chen-jing', role: 'director' },
  { subjectId: 'subj-liu-yang', role: 'deputy_director' },
  { subjectId: 'subj-sun-li', role: 'member' },
  { subjectId: 'subj-zhou-min', role: 'member' },
  { subjectId: 'subj-wu-gang', role: 'member' },
];
const committeeIds = committee.map((m) => m.subjectId);
const assessment = { memberId: 'm-1', period: '2025-H1', score: 92, grade: 'excellent', reason: '组织楼道清理六次，居民评价好', assessorId: 'actor-secretary-7', branchUnitId: 'branch-1' } as const;

export const organizationsCases: GatewayCase[] = [
  {
    stored: storedEvent(unit('branch-1'), 'organizations.UnitEstablished', {
      unitId: 'branch-1', type: 'residential_community_party_branch', name: '迎宾花园小区党支部', parentUnitId: 'community-1', formation: 'standalone',
      servedCommunityIds: [community], effectiveFrom: '2024-07-01',
    } satisfies Stored.StoredUnitEstablished),
    contract: unitEstablishedV1,
    data: { unitId: 'branch-1', unitType: 'residential_community_party_branch', parentUnitId: 'community-1', formation: 'standalone', servedCommunityIds: [community], effectiveFrom: '2024-07-01' },
    personal: ['迎宾花园小区党支部'],
  },
  {
    stored: storedEvent(unit('group-5'), 'organizations.UnitEstablished', {
      unitId: 'group-5', type: 'building_party_group', name: '5栋党小组', parentUnitId: 'branch-1', formation: null, servedCommunityIds: [], effectiveFrom: '2024-09-01',
    } satisfies Stored.StoredUnitEstablished),
    contract: unitEstablishedV1,
    data: { unitId: 'group-5', unitType: 'building_party_group', parentUnitId: 'branch-1', formation: null, servedCommunityIds: [], effectiveFrom: '2024-09-01' },
    personal: ['5栋党小组'],
  },
  {
    stored: storedEvent(unit('community-1'), 'organizations.UnitUpgraded', {
      unitId: 'community-1', fromType: 'community_party_general_branch', toType: 'community_party_committee', effectiveFrom: '2024-06-01',
    } satisfies Stored.StoredUnitUpgraded),
    contract: unitUpgradedV1,
    data: { unitId: 'community-1', fromType: 'community_party_general_branch', toType: 'community_party_committee', effectiveFrom: '2024-06-01' },
    personal: [],
  },
  {
    stored: storedEvent(unit('group-5'), 'organizations.UnitDissolved', { unitId: 'group-5', reason: 'building 5 merged with building 6', effectiveFrom: '2025-06-01' } satisfies Stored.StoredUnitDissolved),
    contract: unitDissolvedV1,
    data: { unitId: 'group-5', effectiveFrom: '2025-06-01' },
    personal: ['building 5 merged'],
  },
  {
    stored: storedEvent(estate, 'organizations.ResidentialCommunityRegistered', {
      communityId: community, name: 'Yingbin Garden', address: '1 Yingbin Road, Yugan', households: 640, buildingCount: 12, communityUnitId: 'community-1',
    } satisfies Stored.StoredResidentialCommunityRegistered),
    contract: communityRegisteredV1,
    data: { communityId: community, communityUnitId: 'community-1', households: 640, buildingCount: 12 },
    personal: ['Yingbin Garden', 'Yingbin Road'],
  },
  {
    stored: storedEvent(estate, 'organizations.PilotDesignated', { communityId: community, designatedOn: '2024-07-01' } satisfies Stored.StoredPilotDesignated),
    contract: pilotDesignatedV1,
    data: { communityId: community, designatedOn: '2024-07-01' },
    personal: [],
  },
  {
    stored: storedEvent(estate, 'organizations.PilotWithdrawn', { communityId: community, withdrawnOn: '2025-05-01', reason: 'programme ended' } satisfies Stored.StoredPilotWithdrawn),
    contract: pilotWithdrawnV1,
    data: { communityId: community, withdrawnOn: '2025-05-01' },
    personal: ['programme ended'],
  },
  {
    stored: storedEvent(estate, 'organizations.OwnersCommitteeElected', {
      communityId: community, term: 1, members: committee, electedOn: '2024-08-10', termStart: '2024-08-15', termEnd: '2029-08-14',
    } satisfies Stored.StoredCommitteeTerm),
    contract: ownersCommitteeElectedV1,
    data: { communityId: community, term: 1, memberCount: 5, electedOn: '2024-08-10', termStart: '2024-08-15', termEnd: '2029-08-14' },
    personal: committeeIds,
  },
  {
    stored: storedEvent(estate, 'organizations.OwnersCommitteeReElected', {
      communityId: community, term: 2, members: committee, electedOn: '2025-05-20', termStart: '2025-06-01', termEnd: '2030-05-31',
    } satisfies Stored.StoredCommitteeTerm),
    contract: ownersCommitteeReElectedV1,
    data: { communityId: community, term: 2, memberCount: 5, electedOn: '2025-05-20', termStart: '2025-06-01', termEnd: '2030-05-31' },
    personal: committeeIds,
  },
  {
    stored: storedEvent(estate, 'organizations.OwnersCommitteeDissolved', {
      communityId: community, term: 1, dissolvedOn: '2025-03-01', reason: 'the owners assembly recalled director Chen',
    } satisfies Stored.StoredOwnersCommitteeDissolved),
    contract: ownersCommitteeDissolvedV1,
    data: { communityId: community, term: 1, dissolvedOn: '2025-03-01' },
    personal: ['recalled director Chen'],
  },
  {
    stored: storedEvent(estate, 'organizations.SupervisoryBoardFormed', {
      communityId: community, members: [{ subjectId: 'subj-he-ping', role: 'chair' }, { subjectId: 'subj-ma-lan', role: 'member' }, { subjectId: 'subj-xu-tao', role: 'member' }], formedOn: '2024-09-01',
    } satisfies Stored.StoredBodyFormed),
    contract: supervisoryBoardFormedV1,
    data: { communityId: community, memberCount: 3, formedOn: '2024-09-01' },
    personal: ['subj-he-ping', 'subj-ma-lan', 'subj-xu-tao'],
  },
  {
    stored: storedEvent(estate, 'organizations.PropertyCommitteeFormed', {
      communityId: community, members: [{ subjectId: 'subj-gao-fei', role: 'director' }, { subjectId: 'subj-lin-na', role: 'member' }, { subjectId: 'subj-tang-yu', role: 'member' }], formedOn: '2024-05-01',
    } satisfies Stored.StoredBodyFormed),
    contract: propertyCommitteeFormedV1,
    data: { communityId: community, memberCount: 3, formedOn: '2024-05-01' },
    personal: ['subj-gao-fei', 'subj-lin-na', 'subj-tang-yu'],
  },
  {
    stored: storedEvent(member, 'organizations.MemberReportedBack', {
      memberId: 'm-1', person: { subjectId: 'subj-zhang-wei', name: '张伟', phone: '13800000000' }, branchUnitId: 'branch-1', communityId: community,
      workUnit: '余干县住房和城乡建设局', rank: 'department_level', reportedOn: '2024-09-01',
    } satisfies Stored.StoredMemberReportedBack),
    contract: memberReportedBackV1,
    data: { memberId: 'm-1', branchUnitId: 'branch-1', communityId: community, rank: 'department_level', reportedOn: '2024-09-01' },
    personal: ['subj-zhang-wei', '张伟', '13800000000', '余干县住房和城乡建设局'],
  },
  {
    stored: storedEvent(member, 'organizations.MemberTransferred', {
      memberId: 'm-1', fromBranchUnitId: 'branch-1', toBranchUnitId: 'branch-2', fromCommunityId: community, toCommunityId: 'qianyue-1', transferredOn: '2025-03-01',
    } satisfies Stored.StoredMemberTransferred),
    contract: memberTransferredV1,
    data: { memberId: 'm-1', communityId: 'qianyue-1', branchUnitId: 'branch-2', fromCommunityId: community, fromBranchUnitId: 'branch-1', transferredOn: '2025-03-01' },
    personal: [],
  },
  {
    stored: storedEvent(member, 'organizations.MemberLeft', { memberId: 'm-1', branchUnitId: 'branch-2', leftOn: '2025-04-01', reason: 'moved to Nanchang for his wife’s job' } satisfies Stored.StoredMemberLeft),
    contract: memberLeftV1,
    data: { memberId: 'm-1', branchUnitId: 'branch-2', leftOn: '2025-04-01' },
    personal: ['Nanchang', 'wife'],
  },
  {
    stored: storedEvent(member, 'organizations.MemberPerformanceAssessed', assessment satisfies Stored.StoredAssessment),
    contract: memberAssessedV1,
    data: { memberId: 'm-1', branchUnitId: 'branch-1', period: '2025-H1', score: 92, grade: 'excellent' },
    personal: [assessment.reason, assessment.assessorId],
  },
  {
    stored: storedEvent(member, 'organizations.MemberPerformanceAssessmentAmended', {
      ...assessment, score: 85, grade: 'good', reason: '复核：两次活动未到场', previousScore: 92, previousGrade: 'excellent',
    } satisfies Stored.StoredAssessmentAmended),
    contract: memberAssessmentAmendedV1,
    data: { memberId: 'm-1', branchUnitId: 'branch-1', period: '2025-H1', score: 85, grade: 'good', previousScore: 92, previousGrade: 'excellent' },
    personal: ['复核：两次活动未到场', assessment.assessorId],
  },
  {
    stored: storedEvent(day, 'organizations.ReceptionDayScheduled', {
      receptionDayId: 'rd-1', communityId: community, officialSubjectId: 'subj-official-qian', scheduledFor: '2025-05-20', venue: 'Yingbin Garden party service station',
    } satisfies Stored.StoredReceptionDayScheduled),
    contract: receptionDayScheduledV1,
    data: { receptionDayId: 'rd-1', communityId: community, scheduledFor: '2025-05-20' },
    personal: ['subj-official-qian', 'party service station'],
  },
  {
    stored: storedEvent(day, 'organizations.ReceptionDayHeld', { receptionDayId: 'rd-1', communityId: community, heldOn: '2025-05-20' } satisfies Stored.StoredReceptionDayHeld),
    contract: receptionDayHeldV1,
    data: { receptionDayId: 'rd-1', communityId: community, heldOn: '2025-05-20' },
    personal: [],
  },
  {
    stored: storedEvent(day, 'organizations.ReceptionMatterRecorded', {
      receptionDayId: 'rd-1', communityId: community, matterId: 'matter-1', category: 'noise', summary: 'square dancing after 21:00 by building 3, room 3-2-501 complains',
      referToDisputes: true, raisedBySubjectId: 'subj-resident-wang', raisedOn: '2025-05-20',
    } satisfies Stored.StoredReceptionMatterRecorded),
    contract: receptionMatterRecordedV1,
    data: { receptionDayId: 'rd-1', communityId: community, matterId: 'matter-1', category: 'noise', referToDisputes: true, raisedOn: '2025-05-20' },
    personal: ['square dancing after', '3-2-501', 'subj-resident-wang'],
  },
  {
    stored: storedEvent(day, 'organizations.ReceptionDayCancelled', { receptionDayId: 'rd-1', communityId: community, reason: 'flood warning' } satisfies Stored.StoredReceptionDayCancelled),
    contract: receptionDayCancelledV1,
    data: { receptionDayId: 'rd-1', communityId: community },
    personal: ['flood warning'],
  },
];

/** Stored events of the types the organizations gateway keeps private. */
export const organizationsPrivateEvents = [
  storedEvent(unit('branch-1'), 'organizations.UnitRenamed', { unitId: 'branch-1', previousName: '迎宾花园小区党支部', name: '迎宾花园第一党支部', effectiveFrom: '2025-01-01' } satisfies Stored.StoredUnitRenamed),
  storedEvent(member, 'organizations.ServicePostTaken', { memberId: 'm-1', branchUnitId: 'branch-1', post: '楼栋长', takenOn: '2024-10-01' } satisfies Stored.StoredServicePostTaken),
  storedEvent(member, 'organizations.ServicePostRelinquished', { memberId: 'm-1', branchUnitId: 'branch-1', post: '楼栋长', relinquishedOn: '2025-02-28' } satisfies Stored.StoredServicePostRelinquished),
  storedEvent(member, 'organizations.ServiceHoursRecorded', { memberId: 'm-1', branchUnitId: 'branch-1', hours: 2.5, servedOn: '2024-10-12', activity: 'helped Mrs Li in 5-1-302 move' } satisfies Stored.StoredServiceHoursRecorded),
];
