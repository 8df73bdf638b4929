import { awardAmendedV1, awardRevokedV1, rubricVersionPublishedV1, starsAwardedV1, type RubricCriterionV1, type ScoringV1 } from '../catalogue/index.js';
import { gatewayFrom, publicEvent, type Gateway, type GatewayMappings } from './gateway.js';
import { coverageOf, from, instant } from './mapping.js';
import type * as Stored from './private/ratings-events.js';

// The ratings service's stored events → linli.ratings.v1. The assessors' reasons and the labels of
// areas and criteria stay private; a rubric is published as ids, measures, weights and scoring.

/**
 * The score seen (0..100 points, at most a few decimals) in basis points, rounded down. Rounded to
 * a millionth of a basis point first, so 0.29 points is 29 bp and not 28 (0.29 × 100 in doubles).
 */
export const scoreBasisPoints = (points: number): number => Math.floor(Math.round(points * 100 * 1_000_000) / 1_000_000);

function scoringOf(scoring: Stored.StoredScoring): ScoringV1 {
  switch (scoring.kind) {
    case 'linear':
      return { kind: scoring.kind, zeroAt: scoring.zeroAt, fullAt: scoring.fullAt };
    case 'steps':
      return { kind: scoring.kind, steps: scoring.steps.map((step) => ({ atLeast: step.atLeast, fraction: step.fraction })) };
    default:
      return { kind: scoring.kind };
  }
}

const criteriaOf = (areas: readonly Stored.StoredArea[]): RubricCriterionV1[] =>
  areas.flatMap((area) =>
    area.criteria.map((criterion) => ({ areaId: area.id, criterionId: criterion.id, measure: criterion.measure, weight: criterion.weight, scoring: scoringOf(criterion.scoring) })),
  );

const mappings: GatewayMappings = {
  'ratings.RubricVersionPublished': from<Stored.StoredRubricVersionPublished>((d) =>
    publicEvent(rubricVersionPublishedV1, {
      rubricId: d.rubricId,
      version: d.version,
      effectiveFrom: d.effectiveFrom,
      publishedAt: instant(d.publishedAt),
      criteria: criteriaOf(d.areas),
      starThresholds: d.starThresholds.map((threshold) => ({ stars: threshold.stars, minScore: threshold.minScore })),
    }),
  ),
  'ratings.StarsAwarded': from<Stored.StoredStarsAwarded>((d) =>
    publicEvent(starsAwardedV1, {
      communityId: d.communityId,
      period: d.period,
      stars: d.stars,
      rubricId: d.rubricVersion.rubricId,
      rubricVersion: d.rubricVersion.version,
      scoreBp: scoreBasisPoints(d.scoreSeen),
      recommendedStars: d.recommendedStars,
      awardedAt: instant(d.awardedAt),
    }),
  ),
  'ratings.AwardAmended': from<Stored.StoredAwardAmended>((d) =>
    publicEvent(awardAmendedV1, { communityId: d.communityId, period: d.period, previousStars: d.previousStars, stars: d.stars, amendedAt: instant(d.amendedAt) }),
  ),
  'ratings.AwardRevoked': from<Stored.StoredAwardRevoked>((d) =>
    publicEvent(awardRevokedV1, { communityId: d.communityId, period: d.period, stars: d.stars, revokedAt: instant(d.revokedAt) }),
  ),
};

/** Maps the ratings service's stored events to their public contracts. */
export const ratingsGateway: Gateway = gatewayFrom(mappings);

/** What the ratings gateway publishes (every stored type), and what it keeps private. */
export const ratingsCoverage = coverageOf(mappings, {});
