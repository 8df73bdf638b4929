import type { Command } from '@linli/domain-kernel';
import type { RatingPeriod } from '../period.js';
import type { RubricVersionRef } from '../rubric/events.js';

/**
 * Awards stars (1..5) to a community for a period. The application supplies as facts the rubric
 * version in force for the period (`rubricForPeriod`), and the total and recommendation that
 * `scoreCommunity` computed under it and the assessors saw. `reason` is required when the stars
 * are more than one away from the recommendation.
 */
export type AwardStars = Command<
  'AwardStars',
  {
    communityId: string;
    period: RatingPeriod;
    stars: number;
    rubricVersion: RubricVersionRef;
    scoreSeen: number;
    recommendedStars: number;
    reason?: string;
  }
>;

/** Changes the stars of the award in force; the reason is required. The same stars again change nothing. */
export type AmendAward = Command<'AmendAward', { communityId: string; period: RatingPeriod; stars: number; reason: string }>;

/** Withdraws the award in force; the reason is required. */
export type RevokeAward = Command<'RevokeAward', { communityId: string; period: RatingPeriod; reason: string }>;

export type CommunityAwardCommand = AwardStars | AmendAward | RevokeAward;
