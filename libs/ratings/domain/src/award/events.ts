import type { DomainEvent } from '@linli/domain-kernel';
import type { RatingPeriod } from '../period.js';
import type { RubricVersionRef, StarCount } from '../rubric/events.js';
import type { RecommendedStars } from '../scoring/stars.js';

/**
 * The assessors awarded a community its stars for a period. The award records the rubric version
 * in force, the score and the recommendation the assessors saw, and their reason when given
 * (required when the stars are more than one away from the recommendation).
 */
export type StarsAwarded = DomainEvent<
  'ratings.StarsAwarded',
  {
    communityId: string;
    period: RatingPeriod;
    stars: StarCount;
    rubricVersion: RubricVersionRef;
    scoreSeen: number;
    recommendedStars: RecommendedStars;
    reason: string | null;
    awardedAt: string;
  }
>;

/** The assessors changed the stars of an award in force, with a reason. */
export type AwardAmended = DomainEvent<
  'ratings.AwardAmended',
  { communityId: string; period: RatingPeriod; previousStars: StarCount; stars: StarCount; reason: string; amendedAt: string }
>;

/** The assessors withdrew an award, with a reason; a new award may be made afterwards. */
export type AwardRevoked = DomainEvent<
  'ratings.AwardRevoked',
  { communityId: string; period: RatingPeriod; stars: StarCount; reason: string; revokedAt: string }
>;

export type CommunityAwardEvent = StarsAwarded | AwardAmended | AwardRevoked;
