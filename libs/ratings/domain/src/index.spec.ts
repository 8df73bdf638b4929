import { fold } from '@linli/domain-kernel';
import { award, awarded, revoke } from './award/testing/fixtures.js';
import * as ratings from './index.js';
import { publish } from './rubric/testing/fixtures.js';

describe('the public API of the ratings domain', () => {
  it('offers both deciders with their stream names', () => {
    for (const decider of [ratings.ratingRubric, ratings.communityAward]) {
      expect(typeof decider.decide).toBe('function');
      expect(typeof decider.evolve).toBe('function');
      expect(typeof decider.initialState).toBe('function');
    }
    expect(ratings.rubricStreamName('yugan-county')).toBe('ratings.Rubric-yugan-county');
    expect(ratings.awardStreamName('qianyue-1', '2025')).toBe('ratings.Award-qianyue-1-2025');
  });

  it('offers scoring and the queries the application needs', () => {
    for (const fn of [ratings.scoreCommunity, ratings.rubricInForce, ratings.rubricForPeriod, ratings.rubricVersion, ratings.starsInForce, ratings.periodRange])
      expect(typeof fn).toBe('function');
  });

  it('stores only events typed ratings.*', () => {
    const history: ratings.RatingsEvent[] = [
      ...ratings.ratingRubric.decide(publish(), ratings.ratingRubric.initialState()),
      ...ratings.communityAward.decide(award(), ratings.communityAward.initialState()),
      ...ratings.communityAward.decide(revoke(), fold(ratings.communityAward, [awarded()])),
    ];
    expect(history.map((event) => event.type)).toEqual(['ratings.RubricVersionPublished', 'ratings.StarsAwarded', 'ratings.AwardRevoked']);
  });
});
