import {
  communityRegisteredV1, contractRenewedV1, contractSignedV1, disputeAcceptedV1, disputeBecameOverdueV1, disputeEscalatedV1, disputeReportedV1, disputeResolvedV1,
  expenditureRecordedV1, feesCollectedV1, memberAssessedV1, memberAssessmentAmendedV1, memberLeftV1, memberReportedBackV1, memberTransferredV1, ownersCommitteeElectedV1,
  receptionDayCancelledV1, receptionDayHeldV1, receptionDayScheduledV1, revenueRecordedV1, satisfactionRecordedV1, statementPublishedV1, supervisoryBoardFormedV1, unitEstablishedV1,
} from '@linli/contracts';
import type { Area, RubricVersion } from '@linli/ratings-domain';
import type { ProjectedEvent } from '@linli/projections';
import { ownEvent, publicEvent } from './events.js';

// Qianyue No. 1 in the second half of 2025, with every measure fed by public events, a neighbour
// (Yingbin) for the cross-community events, a rubric and an award. Hand-computed measures for
// 2025-H2 are in the specs that use it.

export const Q1 = 'rc-qianyue-1';
export const YB = 'rc-yingbin';
const time = (day: string) => `${day}T02:00:00.000Z`;
const dispute = (disputeId: string) => ({ disputeId, communityId: Q1 });

export const organizations = (): ProjectedEvent[] => [
  publicEvent(unitEstablishedV1, { unitId: 'unit-b1', unitType: 'residential_community_party_branch', parentUnitId: 'unit-c1', formation: 'joint', servedCommunityIds: [Q1, YB], effectiveFrom: '2025-03-01' }),
  ...['unit-g1', 'unit-g2', 'unit-g3'].map((unitId) => publicEvent(unitEstablishedV1, { unitId, unitType: 'building_party_group', parentUnitId: 'unit-b1', formation: null, servedCommunityIds: [], effectiveFrom: '2025-04-01' })),
  publicEvent(communityRegisteredV1, { communityId: Q1, communityUnitId: 'unit-c1', households: 200, buildingCount: 10 }),
  publicEvent(communityRegisteredV1, { communityId: YB, communityUnitId: 'unit-c1', households: 100, buildingCount: 4 }),
  publicEvent(ownersCommitteeElectedV1, { communityId: Q1, term: 1, memberCount: 7, electedOn: '2025-05-10', termStart: '2025-05-10', termEnd: '2030-05-09' }),
  publicEvent(supervisoryBoardFormedV1, { communityId: Q1, memberCount: 3, formedOn: '2025-06-01' }),
  ...['m1', 'm2', 'm3', 'm4', 'm5'].map((memberId) => publicEvent(memberReportedBackV1, { memberId, branchUnitId: 'unit-b1', communityId: Q1, rank: 'section_level', reportedOn: '2025-03-15' })),
  publicEvent(memberTransferredV1, { memberId: 'm4', communityId: YB, branchUnitId: 'unit-b1', fromCommunityId: Q1, fromBranchUnitId: 'unit-b1', transferredOn: '2025-09-01' }),
  publicEvent(memberLeftV1, { memberId: 'm5', branchUnitId: 'unit-b1', leftOn: '2025-10-01' }),
  publicEvent(memberAssessedV1, { memberId: 'm1', branchUnitId: 'unit-b1', period: '2025-H2', score: 90, grade: 'excellent' }),
  publicEvent(memberAssessedV1, { memberId: 'm2', branchUnitId: 'unit-b1', period: '2025-H2', score: 80, grade: 'good' }),
  publicEvent(memberAssessmentAmendedV1, { memberId: 'm2', branchUnitId: 'unit-b1', period: '2025-H2', score: 84, grade: 'good', previousScore: 80, previousGrade: 'good' }),
  publicEvent(memberAssessedV1, { memberId: 'm3', branchUnitId: 'unit-b1', period: '2025-Q3', score: 70, grade: 'fair' }),
  publicEvent(receptionDayHeldV1, { receptionDayId: 'rd-1', communityId: Q1, heldOn: '2025-08-20' }),
  publicEvent(receptionDayHeldV1, { receptionDayId: 'rd-2', communityId: Q1, heldOn: '2025-11-20' }),
  publicEvent(receptionDayScheduledV1, { receptionDayId: 'rd-3', communityId: Q1, scheduledFor: '2025-12-20' }),
  publicEvent(receptionDayCancelledV1, { receptionDayId: 'rd-3', communityId: Q1 }),
];

const months = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'];

export const property = (): ProjectedEvent[] => [
  publicEvent(contractSignedV1, { communityId: Q1, contractId: 'pc-1', companyId: 'co-1', tenderId: null, periodStart: '2025-01-01', periodEnd: '2025-12-31' }),
  publicEvent(contractRenewedV1, { communityId: Q1, contractId: 'pc-1', previousPeriodEnd: '2025-12-31', periodEnd: '2026-12-31', feeStandardFenPerSqmMonth: 120 }),
  ...months.map((period) => publicEvent(feesCollectedV1, { communityId: Q1, period, billedFen: 100_000, collectedFen: period === '2025-12' ? 80_000 : 90_000, billedHouseholds: 200, payingHouseholds: 180 })),
  publicEvent(feesCollectedV1, { communityId: Q1, period: '2025-12', billedFen: 100_000, collectedFen: 90_000, billedHouseholds: 200, payingHouseholds: 180 }),
  publicEvent(revenueRecordedV1, { communityId: Q1, entryId: 'rev-1', category: 'parking', amountFen: 500, date: '2025-08-01' }),
  publicEvent(expenditureRecordedV1, { communityId: Q1, entryId: 'exp-1', category: 'repairs', amountFen: 300, date: '2025-08-02' }),
  publicEvent(statementPublishedV1, {
    communityId: Q1, period: '2025-Q3', periodStart: '2025-07-01', periodEnd: '2025-09-30', feePeriods: months.slice(0, 3), feesBilledFen: 300_000, feesCollectedFen: 270_000,
    revenueFen: 500, expenditureFen: 300, netFen: 200, entryIds: ['rev-1', 'exp-1'], publishedOn: '2025-10-10', deadline: '2025-10-15', onTime: true,
  }),
  publicEvent(statementPublishedV1, {
    communityId: Q1, period: '2025-Q4', periodStart: '2025-10-01', periodEnd: '2025-12-31', feePeriods: months.slice(3), feesBilledFen: 300_000, feesCollectedFen: 270_000,
    revenueFen: 999, expenditureFen: 0, netFen: 999, entryIds: [], publishedOn: '2026-01-20', deadline: '2026-01-15', onTime: false,
  }),
];

export const disputes = (): ProjectedEvent[] => [
  publicEvent(disputeReportedV1, { ...dispute('d-1'), reportedAt: time('2025-07-02') }),
  publicEvent(disputeAcceptedV1, { ...dispute('d-1'), level: 1, acceptedAt: time('2025-07-03') }),
  publicEvent(disputeResolvedV1, { ...dispute('d-1'), level: 1, workingDaysToResolve: 4, resolvedAt: time('2025-07-09') }),
  publicEvent(satisfactionRecordedV1, { ...dispute('d-1'), score: 5, ratedAt: time('2025-07-10') }),
  publicEvent(disputeReportedV1, { ...dispute('d-2'), reportedAt: time('2025-07-31') }),
  publicEvent(disputeAcceptedV1, { ...dispute('d-2'), level: 2, acceptedAt: time('2025-08-01') }),
  publicEvent(disputeEscalatedV1, { ...dispute('d-2'), fromLevel: 2, toLevel: 3, escalatedAt: time('2025-08-10') }),
  publicEvent(disputeBecameOverdueV1, { ...dispute('d-2'), level: 3, detectedAt: time('2025-08-20') }),
  publicEvent(disputeResolvedV1, { ...dispute('d-2'), level: 3, workingDaysToResolve: 15, resolvedAt: time('2025-08-30') }),
  publicEvent(satisfactionRecordedV1, { ...dispute('d-2'), score: 3, ratedAt: time('2025-08-31') }),
  publicEvent(disputeReportedV1, { ...dispute('d-3'), reportedAt: time('2025-10-31') }),
  publicEvent(disputeAcceptedV1, { ...dispute('d-3'), level: 1, acceptedAt: time('2025-11-01') }),
  publicEvent(disputeBecameOverdueV1, { ...dispute('d-3'), level: 1, detectedAt: time('2025-11-10') }),
];

const areas: Area[] = [
  {
    id: 'party_building',
    name: 'Party building',
    criteria: [
      { id: 'branch', name: 'Branch established', weight: 10, measure: 'branch_in_place', scoring: { kind: 'boolean' } },
      { id: 'groups', name: 'Building groups', weight: 10, measure: 'building_groups', scoring: { kind: 'steps', steps: [{ atLeast: 1, fraction: 0.5 }, { atLeast: 3, fraction: 1 }] } },
      { id: 'members', name: 'Members per 100 households', weight: 10, measure: 'members_per_100_households', scoring: { kind: 'linear', zeroAt: 0, fullAt: 3 } },
    ],
  },
  {
    id: 'disputes',
    name: 'Disputes',
    criteria: [
      { id: 'resolution', name: 'Resolution rate', weight: 40, measure: 'dispute_resolution_rate', scoring: { kind: 'linear', zeroAt: 0, fullAt: 1 } },
      { id: 'overdue', name: 'Overdue', weight: 10, measure: 'overdue_count', scoring: { kind: 'steps', steps: [{ atLeast: 0, fraction: 1 }, { atLeast: 1, fraction: 0.5 }, { atLeast: 3, fraction: 0 }] } },
    ],
  },
  { id: 'property', name: 'Property', criteria: [{ id: 'contract', name: 'Contract in force', weight: 20, measure: 'contract_in_force', scoring: { kind: 'boolean' } }] },
];

export const RUBRIC: RubricVersion = {
  rubricId: 'county',
  version: 1,
  effectiveFrom: '2025-01-01',
  areas,
  starThresholds: [{ stars: 1, minScore: 40 }, { stars: 3, minScore: 70 }, { stars: 4, minScore: 80 }, { stars: 5, minScore: 90 }],
  publishedAt: '2026-01-05T02:00:00.000Z',
};

export const ratings = (): ProjectedEvent[] => [
  ownEvent('ratings.RubricVersionPublished', RUBRIC),
  ownEvent('ratings.StarsAwarded', { communityId: Q1, period: '2025-H2', stars: 3, rubricVersion: { rubricId: 'county', version: 1 }, scoreSeen: 78.333, recommendedStars: 3, reason: null, awardedAt: '2026-01-20T02:00:00.000Z' }),
  ownEvent('ratings.AwardAmended', { communityId: Q1, period: '2025-H2', previousStars: 3, stars: 4, reason: 'the Q4 statement was corrected', amendedAt: '2026-01-25T02:00:00.000Z' }, { actorId: 'assessor-2' }),
];

/** Every event of the scenario in log order. */
export const scenario = (): ProjectedEvent[] => [...organizations(), ...property(), ...disputes(), ...ratings()];
