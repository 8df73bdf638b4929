import fc from 'fast-check';
import type { MeasureCode } from '../../measures.js';
import type { Scoring } from '../../rubric/events.js';
import { scoreCommunity } from '../score-community.js';

// A rubric of one linear criterion worth all 100 points. With the ends and the value written as
// decimals of k places, the exact points are an integer computation, which the score must match.

const single = (measure: MeasureCode, scoring: Scoring) => ({
  rubricId: 'exact',
  version: 1,
  areas: [{ id: 'a', name: 'A', criteria: [{ id: 'c', name: 'C', weight: 100, measure, scoring }] }],
  starThresholds: [{ stars: 5 as const, minScore: 100 }],
});

/** ⌊100 000 × (v − zero) ÷ (full − zero)⌋ held within 0..100 000, on the scaled integers. */
function expectedMilli(v: bigint, zero: bigint, full: bigint): number {
  const milli = (100_000n * (v - zero)) / (full - zero);
  const floored = (100_000n * (v - zero)) % (full - zero) !== 0n && milli < 0n ? milli - 1n : milli;
  return Number(floored < 0n ? 0n : floored > 100_000n ? 100_000n : floored);
}

const scaled = fc.record({
  places: fc.integer({ min: 0, max: 4 }),
  ends: fc.uniqueArray(fc.integer({ min: 0, max: 5000 }), { minLength: 2, maxLength: 2 }),
  value: fc.integer({ min: 0, max: 6000 }),
});

describe('a linear criterion on decimals', () => {
  it('scores exactly what integer arithmetic on the decimals gives, where more is better', () =>
    fc.assert(
      fc.property(scaled, ({ places, ends: [a, b], value }) => {
        const [zero, full] = [Math.min(a!, b!), Math.max(a!, b!)];
        const unit = 10 ** places;
        const score = scoreCommunity(single('member_assessment_average', { kind: 'linear', zeroAt: zero / unit, fullAt: full / unit }), {
          member_assessment_average: { value: value / unit, evidence: [] },
        });
        expect(score.totalMilli).toBe(expectedMilli(BigInt(value), BigInt(zero), BigInt(full)));
      }),
      { numRuns: 500 },
    ));

  it('scores exactly where fewer is better', () =>
    fc.assert(
      fc.property(scaled, ({ places, ends: [a, b], value }) => {
        const [full, zero] = [Math.min(a!, b!), Math.max(a!, b!)];
        const unit = 10 ** places;
        const score = scoreCommunity(single('median_days_to_resolve', { kind: 'linear', zeroAt: zero / unit, fullAt: full / unit }), {
          median_days_to_resolve: { value: value / unit, evidence: [] },
        });
        expect(score.totalMilli).toBe(expectedMilli(BigInt(value), BigInt(zero), BigInt(full)));
      }),
      { numRuns: 500 },
    ));

  it('gives what floating point would not: (0.3 − 0.1) ÷ (0.5 − 0.1) of 100 is 50, not 49.999', () => {
    const score = scoreCommunity(single('low_level_resolution_share', { kind: 'linear', zeroAt: 0.1, fullAt: 0.5 }), {
      low_level_resolution_share: { value: 0.3, evidence: [] },
    });
    expect(Math.floor(100_000 * ((0.3 - 0.1) / (0.5 - 0.1)))).toBe(49_999); // in doubles, the share is 0.49999999999999994
    expect(score.totalMilli).toBe(50_000);
  });
});
