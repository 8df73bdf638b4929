// The stored data of the ratings context's events, mirrored from
// libs/ratings/domain/src/award/events.ts and libs/ratings/domain/src/rubric/events.ts. Contracts
// may not import a domain lib, so keep these in step with those files: the gateway reads them, its
// tests build fixtures from them. Free text is marked; the gateway never copies it.
// The domain lib's gateway-mirror.ts fails the typecheck when its stored data drifts from this mirror.
import type { MEASURE_CODES } from '../../catalogue/index.js';

type StarCount = 1 | 2 | 3 | 4 | 5;
interface RubricVersionRef {
  rubricId: string;
  version: number;
}

export interface StoredStarsAwarded {
  communityId: string;
  period: string;
  stars: StarCount;
  rubricVersion: RubricVersionRef;
  /** The total (0..100 points) the assessors saw. */
  scoreSeen: number;
  recommendedStars: 0 | StarCount;
  /** free text */
  reason: string | null;
  awardedAt: string;
}
export interface StoredAwardAmended {
  communityId: string;
  period: string;
  previousStars: StarCount;
  stars: StarCount;
  /** free text */
  reason: string;
  amendedAt: string;
}
export interface StoredAwardRevoked {
  communityId: string;
  period: string;
  stars: StarCount;
  /** free text */
  reason: string;
  revokedAt: string;
}

export type StoredScoring =
  | { kind: 'boolean' }
  | { kind: 'linear'; zeroAt: number; fullAt: number }
  | { kind: 'steps'; steps: readonly { atLeast: number; fraction: number }[] };
export interface StoredCriterion {
  id: string;
  /** free text (a label) */
  name: string;
  weight: number;
  measure: (typeof MEASURE_CODES)[number];
  scoring: StoredScoring;
}
export interface StoredArea {
  id: string;
  /** free text (a label) */
  name: string;
  criteria: readonly StoredCriterion[];
}
export interface StoredRubricVersionPublished extends RubricVersionRef {
  effectiveFrom: string;
  areas: readonly StoredArea[];
  starThresholds: readonly { stars: StarCount; minScore: number }[];
  publishedAt: string;
}

/**
 * The data the gateway reads, per stored type it maps. The ratings domain lib checks at compile time
 * that the data it stores still has all of it (libs/ratings/domain/src/gateway-mirror.ts).
 */
export interface RatingsStoredEvents {
  'ratings.RubricVersionPublished': StoredRubricVersionPublished;
  'ratings.StarsAwarded': StoredStarsAwarded;
  'ratings.AwardAmended': StoredAwardAmended;
  'ratings.AwardRevoked': StoredAwardRevoked;
}
