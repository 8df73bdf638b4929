import { compare, decimalOf, type Rational } from '../exact/rational.js';
import type { StarCount, StarThreshold } from '../rubric/events.js';

/** Stars a score recommends: 0 when it reaches no threshold. */
export type RecommendedStars = 0 | StarCount;

/** Milli-points per point: scores are whole milli-points, so totals add up exactly. */
export const MILLI_PER_POINT = 1000;

/** A total in milli-points as an exact number of points. */
export const pointsOf = (milli: number): Rational => ({ n: BigInt(milli), d: BigInt(MILLI_PER_POINT) });

/**
 * The most stars whose minimum score the total reaches (total ≥ minScore, compared exactly).
 * Thresholds are published in increasing order, so the last one reached is the highest.
 */
export function recommendedStarsFor(thresholds: readonly StarThreshold[], totalMilli: number): RecommendedStars {
  const total = pointsOf(totalMilli);
  return thresholds.findLast((threshold) => compare(total, decimalOf(threshold.minScore)) >= 0)?.stars ?? 0;
}
