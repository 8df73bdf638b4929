import type { JsonSchema } from '../json-schema.js';
import { byCommunity, v1On } from './channel.js';
import { dateTime, id, payload } from './schema-parts.js';
import { RATINGS_TOPIC } from './topics.js';

// The stars the county assessors award a community for a rating period (星级评定). The award is the
// assessors' decision; the score and recommendation they saw travel with it. Reasons stay private.

const v1 = v1On({ topic: RATINGS_TOPIC, source: '/linli/ratings' });

/** A rating period: a year `YYYY` or a half-year `YYYY-H1` / `YYYY-H2`. */
export const ratingPeriod: JsonSchema = { type: 'string', pattern: '^[0-9]{4}(-H[12])?$' };
const stars: JsonSchema = { type: 'integer', minimum: 1, maximum: 5 };

export interface StarsAwardedV1 {
  communityId: string;
  period: string;
  stars: number;
  rubricId: string;
  rubricVersion: number;
  /** The score the assessors saw, in basis points of full marks (10000 = 100 points), rounded down. */
  scoreBp: number;
  /** What the score recommended (0 when it reached no threshold). */
  recommendedStars: number;
  awardedAt: string;
}

/** The county assessors awarded a community its stars for a period under a version of the rubric. */
export const starsAwardedV1 = v1<StarsAwardedV1>({
  type: 'cn.linli.ratings.stars-awarded.v1',
  summary: 'Assessors awarded a residential community its star rating for a period.',
  schema: payload('StarsAwardedV1', {
    communityId: id,
    period: ratingPeriod,
    stars,
    rubricId: id,
    rubricVersion: { type: 'integer', minimum: 1 },
    scoreBp: { type: 'integer', minimum: 0, maximum: 10_000, description: 'Score seen, in basis points of full marks (10000), rounded down.' },
    recommendedStars: { type: 'integer', minimum: 0, maximum: 5 },
    awardedAt: dateTime,
  }),
  example: { communityId: 'rc-qianyue-1', period: '2025', stars: 5, rubricId: 'yugan-county', rubricVersion: 1, scoreBp: 9150, recommendedStars: 5, awardedAt: '2026-01-15T02:00:00.000Z' },
  partitionKey: byCommunity,
});

export interface AwardAmendedV1 {
  communityId: string;
  period: string;
  previousStars: number;
  stars: number;
  amendedAt: string;
}

/** The assessors changed the stars of an award in force. */
export const awardAmendedV1 = v1<AwardAmendedV1>({
  type: 'cn.linli.ratings.award-amended.v1',
  summary: "The stars of a community's award for a period were amended.",
  schema: payload('AwardAmendedV1', { communityId: id, period: ratingPeriod, previousStars: stars, stars, amendedAt: dateTime }),
  example: { communityId: 'rc-qianyue-1', period: '2025', previousStars: 5, stars: 4, amendedAt: '2026-02-03T06:30:00.000Z' },
  partitionKey: byCommunity,
});

export interface AwardRevokedV1 {
  communityId: string;
  period: string;
  stars: number;
  revokedAt: string;
}

/** The assessors withdrew an award; a new award for the period may follow. */
export const awardRevokedV1 = v1<AwardRevokedV1>({
  type: 'cn.linli.ratings.award-revoked.v1',
  summary: "A community's star award for a period was revoked.",
  schema: payload('AwardRevokedV1', { communityId: id, period: ratingPeriod, stars, revokedAt: dateTime }),
  example: { communityId: 'rc-qianyue-1', period: '2025', stars: 4, revokedAt: '2026-02-03T06:30:00.000Z' },
  partitionKey: byCommunity,
});
