import { ratingsCoverage, ratingsGateway, scoreBasisPoints } from './ratings-gateway.js';
import { itCovers, itPublishes } from './testing/gateway-cases.js';
import { ratingsCases } from './testing/ratings-cases.js';

// Mirrors RatingsEvent in libs/ratings/domain/src/index.ts (RatingRubricEvent | CommunityAwardEvent): keep in step.
const RATINGS_EVENT_TYPES = ['ratings.RubricVersionPublished', 'ratings.StarsAwarded', 'ratings.AwardAmended', 'ratings.AwardRevoked'];

describe('the ratings gateway', () => {
  itPublishes(ratingsGateway, ratingsCases);
  itCovers(ratingsCoverage, RATINGS_EVENT_TYPES, ratingsCases);
});

describe('the score an award publishes', () => {
  it('is the score seen in basis points, rounded down', () => {
    expect([0, 84.5, 73.52, 71.82, 91.999, 100].map(scoreBasisPoints)).toEqual([0, 8450, 7352, 7182, 9199, 10_000]);
  });

  it('is not thrown off by binary fractions (0.29 × 100 is 28.999… in doubles)', () => {
    expect([0.29, 0.57, 1.15, 4.35].map(scoreBasisPoints)).toEqual([29, 57, 115, 435]);
  });
});
