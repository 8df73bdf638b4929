import { floorTimes, toNumber, ZERO } from '../exact/rational.js';
import type { MeasureCode } from '../measures.js';
import type { Area, Criterion, RubricVersion } from '../rubric/events.js';
import { fractionEarned } from './fraction.js';
import { evidenceIds, measuredValue, type Indicators } from './indicators.js';
import { MILLI_PER_POINT, recommendedStarsFor, type RecommendedStars } from './stars.js';

/** Why a criterion earned nothing without being measured badly. */
export const NO_DATA = 'no data';

/** One criterion of a score: what was measured, what share of the weight it earned, and the events behind it. */
export interface CriterionScore {
  readonly areaId: string;
  readonly criterionId: string;
  readonly measure: MeasureCode;
  readonly weight: number;
  readonly value: number | boolean | null;
  /** Share of the weight earned, 0..1 (for display: the points are computed from the exact share). */
  readonly fraction: number;
  /** ⌊weight × share × 1000⌋: whole milli-points, rounded down. */
  readonly pointsMilli: number;
  readonly points: number;
  readonly evidence: readonly string[];
  readonly reason: typeof NO_DATA | null;
}

/** A community's score under one rubric version: a recommendation, not an award. */
export interface CommunityScore {
  readonly rubricId: string;
  readonly version: number;
  /** The sum of the criteria's milli-points, 0..100 000. */
  readonly totalMilli: number;
  /** `totalMilli / 1000`: 0..100 with at most three decimals. */
  readonly total: number;
  readonly recommendedStars: RecommendedStars;
  readonly criteria: readonly CriterionScore[];
}

/** The rules a score needs from a published version. */
export type ScoringRules = Pick<RubricVersion, 'rubricId' | 'version' | 'areas' | 'starThresholds'>;

/**
 * Scores a community's indicators under a published rubric version. Each criterion earns
 * ⌊weight × share × 1000⌋ milli-points, the share computed exactly from the decimals as written;
 * the total is the exact sum of those milli-points, so it may sit up to one milli-point per
 * criterion below the unrounded sum. A measure without data earns 0 with the reason 'no data'.
 */
export function scoreCommunity(rules: ScoringRules, indicators: Indicators): CommunityScore {
  const criteria = rules.areas.flatMap((area) => area.criteria.map((criterion) => scoreCriterion(area, criterion, indicators)));
  const totalMilli = criteria.reduce((sum, criterion) => sum + criterion.pointsMilli, 0);
  return {
    rubricId: rules.rubricId,
    version: rules.version,
    totalMilli,
    total: totalMilli / MILLI_PER_POINT,
    recommendedStars: recommendedStarsFor(rules.starThresholds, totalMilli),
    criteria,
  };
}

function scoreCriterion(area: Area, { id, measure, weight, scoring }: Criterion, indicators: Indicators): CriterionScore {
  const indicator = indicators[measure];
  const value = measuredValue(measure, indicator);
  const share = value === null ? ZERO : fractionEarned(scoring, value);
  const pointsMilli = Number(floorTimes(share, BigInt(weight * MILLI_PER_POINT)));
  return {
    areaId: area.id,
    criterionId: id,
    measure,
    weight,
    value,
    fraction: toNumber(share),
    pointsMilli,
    points: pointsMilli / MILLI_PER_POINT,
    evidence: evidenceIds(indicator?.evidence),
    reason: value === null ? NO_DATA : null,
  };
}
