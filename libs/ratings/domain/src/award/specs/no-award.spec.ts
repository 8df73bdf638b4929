import { spec } from '../../testing/spec.js';
import type { RubricVersionRef } from '../../rubric/events.js';
import { communityAward, streamName } from '../community-award.js';
import { amend, award, awarded, COMMUNITY_ID, revoke } from '../testing/fixtures.js';

const { given } = spec(communityAward);

describe('a community without an award for the period', () => {
  it('is awarded the recommended stars', () => given().when(award()).then(awarded()));

  it('is awarded one star more or less than recommended without a reason', () => {
    given().when(award({ stars: 5 })).then(awarded({ stars: 5 }));
    given().when(award({ stars: 3 })).then(awarded({ stars: 3 }));
  });

  it('is not awarded two stars away from the recommendation without a reason', () => {
    given().when(award({ stars: 2 })).thenRejects('DeviationNeedsReason');
    given().when(award({ stars: 2, recommendedStars: 0, scoreSeen: 31 })).thenRejects('DeviationNeedsReason');
  });

  it('is not excused by a blank reason', () => given().when(award({ stars: 2, reason: '   ' })).thenRejects('DeviationNeedsReason'));

  it('is awarded far from the recommendation with a reason, kept trimmed', () => {
    const reason = 'fire lanes blocked for months, confirmed on inspection';
    given().when(award({ stars: 2, reason: `  ${reason} ` })).then(awarded({ stars: 2, reason }));
  });

  it('keeps a reason given when none was needed', () => given().when(award({ reason: 'as recommended' })).then(awarded({ reason: 'as recommended' })));

  it('is awarded for a half-year', () => given().when(award({ period: '2025-H2' })).then(awarded({ period: '2025-H2' })));

  it('records when, under which rubric version, and what score the assessors saw', () => {
    const facts = { rubricVersion: { rubricId: 'yugan-county', version: 2 }, scoreSeen: 91.25, recommendedStars: 5 as const };
    given().when(award({ ...facts, stars: 5 }, '2026-03-01T01:00:00Z')).then(awarded({ ...facts, stars: 5, awardedAt: '2026-03-01T01:00:00Z' }));
  });

  it.each([0, 6, 3.5])('is not awarded %p stars', (stars) => given().when(award({ stars })).thenRejects('InvalidStars'));

  it.each(['2025-H3', '2025-Q1', '25', '2025-h1'])('is not awarded for the period %p', (period) =>
    given().when(award({ period })).thenRejects('InvalidPeriod'));

  it.each([-1, 6, 2.5])('does not take a recommendation of %p stars', (recommendedStars) =>
    given().when(award({ recommendedStars })).thenRejects('InvalidRecommendation'));

  it.each([-0.5, 100.001, Number.NaN])('does not take a score of %p', (scoreSeen) => given().when(award({ scoreSeen })).thenRejects('InvalidScoreSeen'));

  it.each<RubricVersionRef>([
    { rubricId: 'yugan-county', version: 0 },
    { rubricId: 'yugan-county', version: 1.5 },
    { rubricId: ' ', version: 1 },
  ])('needs the rubric version it was made under, not %p', (rubricVersion) =>
    given().when(award({ rubricVersion })).thenRejects('InvalidRubricVersion'));

  it('needs a community', () => given().when(award({ communityId: '' })).thenRejects('CommunityIdRequired'));

  it('has no award to amend', () => given().when(amend()).thenNotFound('StarAward', `${COMMUNITY_ID}/2025`));

  it('has no award to revoke', () => given().when(revoke()).thenNotFound('StarAward', `${COMMUNITY_ID}/2025`));
});

describe('the award stream', () => {
  it('is named after the community and the period', () => expect(streamName('qianyue-1', '2025-H2')).toBe('ratings.Award-qianyue-1-2025-H2'));
});
