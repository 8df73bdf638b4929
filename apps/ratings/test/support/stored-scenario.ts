import { uuidv7, type NewEvent } from '@linli/event-store';

// Stored (private) events of the four contexts, shaped as each service stores them (see
// libs/contracts/src/gateway/private): what the relays and a rebuild read. Used by the
// rebuild-equals-live test and the projections benchmark.

/** One append: a stream and its events. */
export interface Append {
  readonly stream: string;
  readonly events: NewEvent[];
}

const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const at = (n: number, hour = 2) => `${day(n)}T${String(hour).padStart(2, '0')}:00:00.000Z`;

function event(type: string, data: unknown, occurredAt: string, actorId = 'staff-1'): NewEvent {
  return { eventId: uuidv7(), type, schemaVersion: 1, data, metadata: { occurredAt, actor: { id: actorId, role: 'staff', orgUnitId: 'unit-c1' }, correlationId: uuidv7(), causationId: uuidv7() } };
}

const one = (stream: string, type: string, data: unknown, occurredAt: string, actorId?: string): Append => ({ stream, events: [event(type, data, occurredAt, actorId)] });

/** The organizations side of a community: its branch and building groups, registration, committee, members, reception days. */
export function organizationHistory(c: string, neighbour: string, members: number): Append[] {
  const branch = `unit-b-${c}`;
  return [
    one(`organizations.unit-${branch}`, 'organizations.UnitEstablished', { unitId: branch, type: 'residential_community_party_branch', name: '党支部', parentUnitId: 'unit-c1', formation: 'standalone', servedCommunityIds: [c], effectiveFrom: day(30) }, at(30)),
    ...[1, 2].map((g) => one(`organizations.unit-${branch}-g${g}`, 'organizations.UnitEstablished', { unitId: `${branch}-g${g}`, type: 'building_party_group', name: '楼栋党小组', parentUnitId: branch, formation: null, servedCommunityIds: [], effectiveFrom: day(40) }, at(40))),
    one(`organizations.residentialCommunity-${c}`, 'organizations.ResidentialCommunityRegistered', { communityId: c, name: '小区', address: '某路1号', households: 300, buildingCount: 12, communityUnitId: 'unit-c1' }, at(10)),
    one(`organizations.residentialCommunity-${c}`, 'organizations.OwnersCommitteeElected', { communityId: c, term: 1, members: [{ subjectId: 's-1', role: 'chair' }], electedOn: day(100), termStart: day(100), termEnd: '2030-05-09' }, at(100)),
    ...Array.from({ length: members }, (_, m) =>
      one(`organizations.member-${c}-m${m}`, 'organizations.MemberReportedBack', { memberId: `${c}-m${m}`, person: { subjectId: `s-${m}`, name: '张三', phone: null }, branchUnitId: branch, communityId: c, workUnit: '县局', rank: 'section_level', reportedOn: day(50 + m) }, at(50 + m)),
    ),
    one(`organizations.member-${c}-m0`, 'organizations.MemberTransferred', { memberId: `${c}-m0`, fromBranchUnitId: branch, toBranchUnitId: `unit-b-${neighbour}`, fromCommunityId: c, toCommunityId: neighbour, transferredOn: day(200) }, at(200)),
    one(`organizations.member-${c}-m1`, 'organizations.MemberPerformanceAssessed', { memberId: `${c}-m1`, branchUnitId: branch, period: '2025-H2', score: 88, grade: 'good', assessorId: 'a-1', comment: '好' }, at(300)),
    one(`organizations.receptionDay-${c}-rd1`, 'organizations.ReceptionDayHeld', { receptionDayId: `${c}-rd1`, communityId: c, heldOn: day(230) }, at(230)),
  ];
}

/** The property side: a contract, monthly fees, two ledger entries and a quarter's statement. */
export function propertyHistory(c: string): Append[] {
  const ledger = `property.Ledger-${c}`;
  const months = ['2025-07', '2025-08', '2025-09'];
  return [
    one(`property.CommunityContracts-${c}`, 'property.ContractSigned', { communityId: c, contractId: `pc-${c}`, companyId: 'co-1', tenderId: null, periodStart: day(0), periodEnd: '2026-12-31', feeStandardFenPerSqmMonth: 120, serviceLevel: 'level_2' }, at(0)),
    ...months.map((period, i) => one(ledger, 'property.FeesRecorded', { communityId: c, period, billedFen: 100_000, collectedFen: 90_000 + i * 1_000, billedHouseholds: 300, payingHouseholds: 270 }, at(190 + 30 * i))),
    one(ledger, 'property.RevenueRecorded', { communityId: c, entryId: `rev-${c}`, category: 'parking', amountFen: 5_000, date: day(200), counterparty: '某公司', voucher: 'V-1' }, at(200)),
    one(ledger, 'property.ExpenditureRecorded', { communityId: c, entryId: `exp-${c}`, category: 'repairs', amountFen: 3_000, date: day(210), counterparty: '维修队', voucher: 'V-2' }, at(210)),
  ];
}

/** A dispute's whole handling: reported, accepted, escalated, overdue, resolved, rated. */
export function disputeHistory(c: string, d: number, start: number): Append {
  const disputeId = `d-${c}-${d}`;
  const ids = { disputeId, communityId: c };
  return {
    stream: `disputes.Dispute-${disputeId}`,
    events: [
      event('disputes.DisputeReported', { ...ids, category: 'parking', description: '车位被占', urgency: 'normal', channel: 'resident', parties: [{ subjectId: 's-9', role: 'reporter', name: '李四' }], reportedAt: at(start) }, at(start)),
      event('disputes.DisputeAccepted', { ...ids, category: 'parking', level: 1, acceptedAt: at(start, 3), dueAt: at(start + 5), workingDaysAllowed: 5 }, at(start, 3)),
      ...(d % 3 === 0
        ? [
            event('disputes.DisputeEscalated', { ...ids, fromLevel: 1, toLevel: 2, reason: '未到场', automatic: false, escalatedAt: at(start + 2), dueAt: at(start + 7), workingDaysAllowed: 5 }, at(start + 2)),
            event('disputes.DisputeBecameOverdue', { ...ids, level: 2, dueAt: at(start + 7), detectedAt: at(start + 8) }, at(start + 8)),
          ]
        : []),
      ...(d % 4 !== 1
        ? [
            event('disputes.DisputeResolved', { ...ids, outcome: 'agreement_reached', agreementSummary: '协商一致', level: d % 3 === 0 ? 2 : 1, resolvedAt: at(start + 9), workingDaysToResolve: 3 + (d % 7) }, at(start + 9)),
            event('disputes.SatisfactionRated', { ...ids, subjectId: 's-9', score: 3 + (d % 3), ratedAt: at(start + 10) }, at(start + 10)),
          ]
        : []),
    ],
  };
}

/** A statement of the third quarter agreeing with the ledger above (published late for every other community). */
export function statement(c: string, late: boolean): Append {
  return one(`property.Ledger-${c}`, 'property.StatementPublished', {
    communityId: c, period: '2025-Q3', periodStart: '2025-07-01', periodEnd: '2025-09-30', feePeriods: ['2025-07', '2025-08', '2025-09'],
    feesBilledFen: 300_000, feesCollectedFen: 273_000, billedHouseholds: 900, payingHouseholds: 810, feeCollectionRateBp: 9100,
    revenueFen: 5_000, expenditureFen: 3_000, netFen: 2_000,
    revenueByCategory: { parking: 5_000, advertising: 0, lift_ads: 0, venue_rental: 0, other: 0 }, expenditureByCategory: { repairs: 3_000, greening: 0, cleaning: 0, security: 0, other: 0 },
    entryIds: [`exp-${c}`, `rev-${c}`], sealEncoding: 'linli.property.statement.v1', seal: 'a'.repeat(64), publishedOn: late ? '2025-10-20' : '2025-10-10', deadline: '2025-10-15', onTime: !late,
  }, at(285));
}

/** The county's rubric, version 1 (the ratings service's own event). */
export function rubric(rubricId: string): Append {
  const criteria = [
    { id: 'branch', name: '支部', weight: 20, measure: 'branch_in_place', scoring: { kind: 'boolean' } },
    { id: 'resolution', name: '化解率', weight: 40, measure: 'dispute_resolution_rate', scoring: { kind: 'linear', zeroAt: 0.5, fullAt: 0.95 } },
    { id: 'overdue', name: '超期', weight: 20, measure: 'overdue_count', scoring: { kind: 'steps', steps: [{ atLeast: 0, fraction: 1 }, { atLeast: 2, fraction: 0.5 }, { atLeast: 5, fraction: 0 }] } },
    { id: 'contract', name: '物业合同', weight: 20, measure: 'contract_in_force', scoring: { kind: 'boolean' } },
  ];
  const data = { rubricId, version: 1, effectiveFrom: '2025-01-01', areas: [{ id: 'all', name: '综合', criteria }], starThresholds: [{ stars: 3, minScore: 60 }, { stars: 4, minScore: 75 }, { stars: 5, minScore: 90 }], publishedAt: at(370) };
  return one(`ratings.Rubric-${rubricId}`, 'ratings.RubricVersionPublished', data, at(370), 'assessor-1');
}

/** An award of 2025-H2 and its amendment (the ratings service's own events). */
export function award(c: string, rubricId: string): Append {
  const stream = `ratings.Award-${c}-2025-H2`;
  return {
    stream,
    events: [
      event('ratings.StarsAwarded', { communityId: c, period: '2025-H2', stars: 3, rubricVersion: { rubricId, version: 1 }, scoreSeen: 70.5, recommendedStars: 3, reason: null, awardedAt: at(372) }, at(372), 'assessor-1'),
      event('ratings.AwardAmended', { communityId: c, period: '2025-H2', previousStars: 3, stars: 4, reason: '复核', amendedAt: at(373) }, at(373), 'assessor-2'),
    ],
  };
}

/**
 * A county of `communities` estates, each with `disputes` disputes, interleaved as the services
 * would have written them (contexts and communities mixed), and the ratings service's own events.
 */
export function county(prefix: string, communities: number, disputes: number): Append[] {
  const ids = Array.from({ length: communities }, (_, i) => `${prefix}-${i}`);
  const rubricId = `${prefix}-rubric`;
  const streams: Append[][] = ids.map((c, i) => [
    ...organizationHistory(c, ids[(i + 1) % ids.length] as string, 3),
    ...propertyHistory(c),
    ...Array.from({ length: disputes }, (_, d) => disputeHistory(c, d, 180 + ((d * 7) % 150))),
    statement(c, i % 2 === 1),
  ]);
  const interleaved: Append[] = [];
  for (let round = 0; streams.some((s) => s.length > 0); round++) for (const s of streams) if (s.length > 0) interleaved.push(s.shift() as Append);
  return [...interleaved, rubric(rubricId), ...ids.map((c) => award(c, rubricId))];
}
