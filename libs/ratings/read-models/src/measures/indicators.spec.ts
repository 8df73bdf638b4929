import { ratingsReadModels } from '../read-models.js';
import { project } from '../testing/events.js';
import { Q1, RUBRIC, scenario, YB } from '../testing/scenario.js';
import type { MemberDoc } from '../projections/members.projection.js';
import type { UnitDoc } from '../projections/units.projection.js';
import { communityRating, rubricOf, versionFor } from '../views/community-rating.js';
import { indicatorsFor, type CommunityRecord } from './indicators.js';

const models = ratingsReadModels('spec');
const events = scenario();
const record = (communityId: string): CommunityRecord => ({
  communityId,
  facts: project(models.communityRating, events).get(communityId) ?? null,
  units: [...project(models.units, events).values()] as UnitDoc[],
  members: [...project(models.members, events).values()].filter((m) => m.communities?.includes(communityId)) as MemberDoc[],
});

describe('the measures of Qianyue No. 1 for 2025-H2', () => {
  const indicators = indicatorsFor(record(Q1), '2025-H2');
  const value = (measure: keyof typeof indicators) => indicators[measure]?.value;

  it('computes the disputes measures from each dispute’s events', () => {
    expect(value('dispute_resolution_rate')).toBeCloseTo(2 / 3);
    expect(value('low_level_resolution_share')).toBe(0.5);
    expect(value('median_days_to_resolve')).toBe(9.5);
    expect(value('satisfaction_average')).toBe(4);
    expect(value('overdue_count')).toBe(2);
    expect(indicators.overdue_count?.evidence).toHaveLength(8); // reports and acceptances of the three disputes handled, two overdue events
  });

  it('computes coverage, fee collection and statements, checking each statement against the public ledger', () => {
    expect(value('contract_in_force')).toBe(true);
    expect(value('fee_collection_rate')).toBe(0.9); // December's later record supersedes the first
    expect(value('statements_on_time')).toBe(0.5);
    expect(value('statements_verified')).toBe(0.5); // Q4 claims revenue no ledger entry has
  });

  it('joins units and members: a joint branch, its building groups, members who moved or left', () => {
    expect(value('branch_in_place')).toBe(true);
    expect(value('building_groups')).toBe(3);
    expect(value('members_per_100_households')).toBe(1.5); // m1–m3 of 200 households (m4 moved, m5 left)
    expect(value('member_assessment_average')).toBeCloseTo((90 + 84 + 70) / 3);
    expect(value('owners_committee_in_place')).toBe(true);
    expect(value('supervisory_board_in_place')).toBe(true);
    expect(value('reception_days_held')).toBe(2);
  });

  it('counts the neighbour’s transferred member there, and has no dispute data for it', () => {
    const neighbour = indicatorsFor(record(YB), '2025-H2');
    expect(neighbour.members_per_100_households?.value).toBe(1);
    expect(neighbour.overdue_count?.value).toBeNull();
    expect(neighbour.branch_in_place?.value).toBe(true);
  });

  it('scores the period under the version in force, and explains each criterion by its events', () => {
    const rubric = rubricOf('county', [RUBRIC]);
    const version = versionFor(rubric, '2025-H2')!;
    const rating = communityRating(record(Q1), '2025-H2', version, version);
    // branch 10 + groups 10 + members 10×1.5/3 = 5 + resolution 40×2/3 = 26.666 + overdue 10×0.5 = 5 + contract 20
    expect(rating.total).toBe(76.666);
    expect(rating.recommendedStars).toBe(3);
    expect(rating.awardedStars).toBe(4);
    const resolution = rating.criteria.find((c) => c.criterionId === 'resolution')!;
    expect(resolution).toMatchObject({ areaName: 'Disputes', criterionName: 'Resolution rate', points: 26.666 });
    expect(resolution.evidence).toHaveLength(5);
    expect(resolution.evidence[0]).toEqual({ eventId: expect.any(String), position: expect.stringMatching(/^\d+$/) });
  });
});
