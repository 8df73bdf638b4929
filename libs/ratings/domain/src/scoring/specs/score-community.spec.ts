import { published, publishedV2 } from '../../rubric/testing/fixtures.js';
import { scoreCommunity, type CommunityScore } from '../score-community.js';
import { measured, qianyue2025, qianyueWith } from '../testing/qianyue.js';

const v1 = published().data;
const v2 = publishedV2().data;
const pointsOf = (score: CommunityScore) => Object.fromEntries(score.criteria.map((c) => [c.criterionId, c.points]));
const criterion = (score: CommunityScore, id: string) => score.criteria.find((c) => c.criterionId === id)!;

describe('the score of Qianyue No. 1 for 2025 under version 1', () => {
  const score = scoreCommunity(v1, qianyue2025);

  it('is 73.52 points, three stars recommended', () => {
    expect(score).toMatchObject({ rubricId: 'yugan-county', version: 1, totalMilli: 73_520, total: 73.52, recommendedStars: 3 });
  });

  it('gives each criterion its share of the weight, exactly', () =>
    expect(pointsOf(score)).toEqual({
      branch: 8, building_groups: 3, members_back: 6.72, reception_days: 3, member_assessment: 3.2,
      owners_committee: 8, supervisory_board: 0, contract: 10, fees: 8, on_time: 2.5, verified: 2.5,
      resolution_rate: 6.4, low_level: 4, days: 3.2, satisfaction: 3, overdue: 2,
    }));

  it('lists every criterion in the order of the rubric, with its area, measure, value and weight', () => {
    expect(score.criteria.map((c) => c.criterionId)).toEqual(v1.areas.flatMap((a) => a.criteria.map((c) => c.id)));
    expect(criterion(score, 'low_level')).toEqual({
      areaId: 'disputes', criterionId: 'low_level', measure: 'low_level_resolution_share', weight: 5, value: 0.7,
      fraction: 0.8, pointsMilli: 4000, points: 4, evidence: ['disp-resolved-1'], reason: null,
    });
  });

  it('scores fewer-is-better measures from zeroAt down to fullAt', () => expect(criterion(score, 'days').fraction).toBe(0.8));

  it('says a false yes/no was measured, not missing', () => expect(criterion(score, 'supervisory_board')).toMatchObject({ value: false, points: 0, reason: null }));
});

describe('recomputing 2025 under version 2, for comparison', () => {
  it('weighs members reported back at 3 points and overdue disputes at 9: 71.82 points', () => {
    const score = scoreCommunity(v2, qianyue2025);
    expect(score).toMatchObject({ version: 2, totalMilli: 71_820, recommendedStars: 3 });
    expect(pointsOf(score)).toMatchObject({ members_back: 2.52, overdue: 4.5 });
  });
});

describe('a criterion without data', () => {
  const score = scoreCommunity(v1, qianyueWith({ satisfaction_average: undefined, building_groups: measured(null, 'org-group-1') }));

  it('earns nothing and says why', () => {
    expect(criterion(score, 'satisfaction')).toMatchObject({ value: null, fraction: 0, points: 0, reason: 'no data', evidence: [] });
    expect(criterion(score, 'building_groups')).toMatchObject({ value: null, points: 0, reason: 'no data', evidence: ['org-group-1'] });
  });

  it('lowers the total by what it would have earned', () => expect(score.totalMilli).toBe(73_520 - 3_000 - 3_000));

  it('earns nothing even where fewer is better', () =>
    expect(criterion(scoreCommunity(v1, qianyueWith({ overdue_count: undefined })), 'overdue')).toMatchObject({ points: 0, reason: 'no data' }));

  it('makes a community with no data at all score 0 and no stars', () =>
    expect(scoreCommunity(v1, {})).toMatchObject({ totalMilli: 0, total: 0, recommendedStars: 0 }));
});

describe('a community at its best on every measure', () => {
  it('scores full marks under version 1 and is recommended five stars', () => {
    const best = qianyueWith({
      building_groups: measured(3), members_per_100_households: measured(5), reception_days_held: measured(12), member_assessment_average: measured(90),
      supervisory_board_in_place: measured(true), fee_collection_rate: measured(1), statements_on_time: measured(1), statements_verified: measured(1),
      dispute_resolution_rate: measured(0.95), low_level_resolution_share: measured(0.8), median_days_to_resolve: measured(5),
      satisfaction_average: measured(4.8), overdue_count: measured(0),
    });
    expect(scoreCommunity(v1, best)).toMatchObject({ totalMilli: 100_000, total: 100, recommendedStars: 5 });
  });
});

describe('rounding', () => {
  it('rounds each criterion down to a whole milli-point: 4 points × 1/3 is 1.333', () =>
    expect(criterion(scoreCommunity(v1, qianyueWith({ reception_days_held: measured(4) })), 'reception_days')).toMatchObject({ pointsMilli: 1333, points: 1.333 }));

  it('holds a value beyond fullAt at full marks, and one beyond zeroAt at nothing', () => {
    const score = scoreCommunity(v1, qianyueWith({ members_per_100_households: measured(12.5), median_days_to_resolve: measured(31) }));
    expect(pointsOf(score)).toMatchObject({ members_back: 8, days: 0 });
  });
});

describe('the evidence of a criterion', () => {
  it('lists each event once, in the order the events were stored', () => {
    const evidence = [
      { eventId: 'fees-dec', position: 30n }, { eventId: 'fees-oct', position: 10n }, { eventId: 'fees-dec', position: 30n }, { eventId: 'fees-nov', position: 20n },
    ];
    const score = scoreCommunity(v1, qianyueWith({ fee_collection_rate: { value: 0.88, evidence } }));
    expect(criterion(score, 'fees').evidence).toEqual(['fees-oct', 'fees-nov', 'fees-dec']);
  });
});

describe('indicators that do not fit their measure', () => {
  it.each([
    ['a number for a yes/no measure', { branch_in_place: measured(1) }],
    ['a yes/no for a rate', { fee_collection_rate: measured(true) }],
    ['a rate above 1', { fee_collection_rate: measured(1.2) }],
    ['a fractional count', { overdue_count: measured(1.5) }],
    ['a negative quantity', { median_days_to_resolve: measured(-3) }],
    ['a number that is not one', { satisfaction_average: measured(Number.NaN) }],
  ])('are a bug in the projection, not a low score: %s', (_, changes) =>
    expect(() => scoreCommunity(v1, qianyueWith(changes))).toThrow(RangeError));
});
