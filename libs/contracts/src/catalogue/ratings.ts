import { defineContract } from '../contract.js';
import { date, id, payload } from './schema-parts.js';
import { RATINGS_TOPIC } from './topics.js';

export interface StarsAwardedV1 {
  communityId: string;
  ratingId: string;
  stars: number;
  scoreBp: number;
  rulesVersion: string;
  awardedOn: string;
}

/** The county assessors awarded a community its stars under a named version of the rules. */
export const starsAwardedV1 = defineContract<StarsAwardedV1>({
  type: 'cn.linli.ratings.stars-awarded.v1',
  version: 1,
  topic: RATINGS_TOPIC,
  source: '/linli/ratings',
  summary: 'Assessors awarded a residential community its star rating.',
  schema: payload('StarsAwardedV1', {
    communityId: id,
    ratingId: id,
    stars: { type: 'integer', minimum: 1, maximum: 5 },
    scoreBp: { type: 'integer', minimum: 0, maximum: 10_000, description: 'Computed score in basis points of full marks (10000).' },
    rulesVersion: id,
    awardedOn: date,
  }),
  example: { communityId: 'rc-qianyue-1', ratingId: 'rating-2025-rc-qianyue-1', stars: 5, scoreBp: 9150, rulesVersion: 'rules-2025.1', awardedOn: '2025-12-31' },
  partitionKey: (data) => data.communityId,
});

/** Every public event of the ratings service. */
export const ratingsContracts = [starsAwardedV1];
