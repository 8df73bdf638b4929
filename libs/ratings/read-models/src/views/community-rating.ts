import {
  rubricForPeriod, rubricVersion, scoreCommunity, type CommunityScore, type Evidence, type Indicators, type RatingPeriod, type RatingRubric, type RubricVersion,
} from '@linli/ratings-domain';
import type { AwardFact } from '../facts/community-facts.js';
import { indicatorsFor, type CommunityRecord } from '../measures/indicators.js';
import { entryOf } from '../support/maps.js';

/** An event behind a criterion, as a client sees it. */
export interface EvidenceView {
  readonly eventId: string;
  readonly position: string;
}

/** One criterion of a rating, with its labels and the events that produced its value. */
export interface CriterionView {
  readonly areaId: string;
  readonly areaName: string;
  readonly criterionId: string;
  readonly criterionName: string;
  readonly measure: string;
  readonly weight: number;
  readonly value: number | boolean | null;
  readonly fraction: number;
  readonly points: number;
  readonly reason: string | null;
  readonly evidence: readonly EvidenceView[];
}

/** A community's rating for a period under one rubric version: the recommendation, and the award beside it. */
export interface CommunityRatingView {
  readonly communityId: string;
  readonly period: RatingPeriod;
  readonly rubric: { readonly rubricId: string; readonly version: number; readonly effectiveFrom: string; readonly inForceForPeriod: boolean };
  readonly total: number;
  readonly recommendedStars: number;
  readonly awardedStars: number | null;
  readonly award: AwardFact | null;
  readonly criteria: readonly CriterionView[];
}

/** The rubric's versions as the domain folds them (oldest first). */
export const rubricOf = (rubricId: string, versions: readonly RubricVersion[]): RatingRubric =>
  versions.length === 0 ? { status: 'none' } : { status: 'published', rubricId, versions: [...versions].sort((a, b) => a.version - b.version) };

/** The version a period is rated under, or the one asked for (to compare); null when there is none. */
export function versionFor(rubric: RatingRubric, period: RatingPeriod, asked?: number): RubricVersion | null {
  return asked === undefined ? rubricForPeriod(rubric, period) : rubricVersion(rubric, asked);
}

function criteriaOf(version: RubricVersion, score: CommunityScore, indicators: Indicators): CriterionView[] {
  const names = new Map(version.areas.flatMap((area) => area.criteria.map((c) => [c.id, { areaName: area.name, criterionName: c.name }] as const)));
  return score.criteria.map((c) => {
    const positions = new Map((indicators[c.measure]?.evidence ?? []).map((e: Evidence) => [e.eventId, e.position.toString()]));
    const labels = names.get(c.criterionId) ?? { areaName: c.areaId, criterionName: c.criterionId };
    return {
      areaId: c.areaId,
      ...labels,
      criterionId: c.criterionId,
      measure: c.measure,
      weight: c.weight,
      value: c.value,
      fraction: c.fraction,
      points: c.points,
      reason: c.reason,
      evidence: c.evidence.map((eventId) => ({ eventId, position: positions.get(eventId) ?? '0' })),
    };
  });
}

/** Scores a community for a period under `version`, explaining each criterion by the events behind it. */
export function communityRating(record: CommunityRecord, period: RatingPeriod, version: RubricVersion, inForce: RubricVersion | null): CommunityRatingView {
  const indicators = indicatorsFor(record, period);
  const score = scoreCommunity(version, indicators);
  const award = entryOf(record.facts?.awards, period) ?? null;
  return {
    communityId: record.communityId,
    period,
    rubric: { rubricId: version.rubricId, version: version.version, effectiveFrom: version.effectiveFrom, inForceForPeriod: inForce?.version === version.version },
    total: score.total,
    recommendedStars: score.recommendedStars,
    awardedStars: award?.status === 'awarded' ? award.stars : null,
    award,
    criteria: criteriaOf(version, score, indicators),
  };
}
