import fc from 'fast-check';
import { MEASURE_CODES, type MeasureCode } from '../../measures.js';
import { ratingRubric } from '../../rubric/rating-rubric.js';
import { metadata } from '../../testing/spec.js';
import type { Indicators } from '../indicators.js';
import { scoreCommunity, type CommunityScore } from '../score-community.js';
import { indicators, rubric, worseAndBetter } from '../testing/arbitraries.js';

const measure = fc.constantFrom(...MEASURE_CODES);
const withValue = (all: Indicators, code: MeasureCode, value: number | boolean | null): Indicators => ({ ...all, [code]: { value, evidence: [] } });
const pointsByCriterion = (score: CommunityScore) => score.criteria.map((c) => c.pointsMilli);

describe('the random rubrics of these properties', () => {
  it('are all accepted for publication, unchanged', () =>
    fc.assert(
      fc.property(rubric, ({ rubricId, areas, starThresholds }) => {
        const command = { type: 'PublishRubricVersion' as const, data: { rubricId, version: 1, effectiveFrom: '2025-01-01', areas, starThresholds }, metadata: metadata() };
        expect(ratingRubric.decide(command, ratingRubric.initialState())[0]?.data).toMatchObject({ areas, starThresholds });
      }),
    ));
});

describe('any score', () => {
  it('totals exactly the points of its criteria, each a whole number of milli-points within its weight', () =>
    fc.assert(
      fc.property(rubric, indicators, (rules, values) => {
        const score = scoreCommunity(rules, values);
        expect(score.totalMilli).toBe(score.criteria.reduce((sum, c) => sum + c.pointsMilli, 0));
        expect(score.total).toBe(score.totalMilli / 1000);
        for (const c of score.criteria) {
          expect(Number.isSafeInteger(c.pointsMilli)).toBe(true);
          expect(c.pointsMilli).toBeGreaterThanOrEqual(0);
          expect(c.pointsMilli).toBeLessThanOrEqual(c.weight * 1000);
          expect(c.points).toBe(c.pointsMilli / 1000);
          expect(c.reason).toBe(c.value === null ? 'no data' : null);
        }
      }),
    ));

  it('lies within 0..100', () =>
    fc.assert(
      fc.property(rubric, indicators, (rules, values) => {
        const { total } = scoreCommunity(rules, values);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(100);
      }),
    ));

  it('recommends the most stars whose threshold the total reaches, and 0 below them all', () =>
    fc.assert(
      fc.property(rubric, indicators, (rules, values) => {
        const score = scoreCommunity(rules, values);
        const reached = rules.starThresholds.filter((t) => Math.round(t.minScore * 1000) <= score.totalMilli);
        expect(score.recommendedStars).toBe(reached.at(-1)?.stars ?? 0);
      }),
    ));

  it('is the same whatever order the indicators and their evidence come in', () =>
    fc.assert(
      fc.property(rubric, indicators, (rules, values) => {
        const reversed = Object.fromEntries(Object.entries(values).reverse().map(([k, v]) => [k, { ...v, evidence: [...v.evidence].reverse() }]));
        expect(scoreCommunity(rules, reversed)).toEqual(scoreCommunity(rules, values));
      }),
    ));
});

describe('a better value of one measure', () => {
  it('never lowers the total, nor the points of any criterion', () =>
    fc.assert(
      fc.property(rubric, indicators, measure.chain((code) => fc.tuple(fc.constant(code), worseAndBetter(code))), (rules, values, [code, [worse, better]]) => {
        const low = scoreCommunity(rules, withValue(values, code, worse));
        const high = scoreCommunity(rules, withValue(values, code, better));
        expect(high.totalMilli).toBeGreaterThanOrEqual(low.totalMilli);
        pointsByCriterion(high).forEach((points, i) => expect(points).toBeGreaterThanOrEqual(pointsByCriterion(low)[i]!));
        expect(high.recommendedStars).toBeGreaterThanOrEqual(low.recommendedStars);
      }),
    ));

  it('counts at least as much as no data at all', () =>
    fc.assert(
      fc.property(rubric, indicators, measure.chain((code) => fc.tuple(fc.constant(code), worseAndBetter(code))), (rules, values, [code, [value]]) => {
        const missing = scoreCommunity(rules, withValue(values, code, null));
        expect(scoreCommunity(rules, withValue(values, code, value)).totalMilli).toBeGreaterThanOrEqual(missing.totalMilli);
      }),
    ));

  it('is seen by the property: some pairs do raise the score', () => {
    const raised = fc
      .sample(fc.tuple(rubric, indicators, measure.chain((code) => fc.tuple(fc.constant(code), worseAndBetter(code)))), { numRuns: 300, seed: 7 })
      .filter(([rules, values, [code, [worse, better]]]) => scoreCommunity(rules, withValue(values, code, better)).totalMilli > scoreCommunity(rules, withValue(values, code, worse)).totalMilli);
    expect(raised.length).toBeGreaterThan(30);
  });
});
