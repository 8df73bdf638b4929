import { fold } from '@linli/domain-kernel';
import { spec } from '../../testing/spec.js';
import { communityAward } from '../community-award.js';
import { starsInForce } from '../state.js';
import { amend, award, awarded, revoke, revoked } from '../testing/fixtures.js';

const { given } = spec(communityAward);
const history = [awarded(), revoked()];

describe('a community whose award for 2025 was revoked', () => {
  it('holds no stars', () => expect(starsInForce(fold(communityAward, history))).toBeNull());

  it('is awarded again, under the rules and score seen now', () => {
    const again = { stars: 3, scoreSeen: 76, recommendedStars: 3 } as const;
    given(...history).when(award(again, '2026-02-10T02:00:00Z')).then(awarded({ ...again, awardedAt: '2026-02-10T02:00:00Z' }));
  });

  it('is awarded again under the same rule about deviating from the recommendation', () =>
    given(...history).when(award({ stars: 1, recommendedStars: 4 })).thenRejects('DeviationNeedsReason'));

  it('has no award in force to amend', () => given(...history).when(amend()).thenRejects('AwardNotInForce'));

  it('has no award in force to revoke', () => given(...history).when(revoke()).thenRejects('AwardNotInForce'));

  it('holds the stars of the new award once awarded again', () => expect(starsInForce(fold(communityAward, [...history, awarded({ stars: 2 })]))).toBe(2));
});

describe('a stream that does not fit the award', () => {
  it('fails loudly when a revocation comes before any award', () =>
    expect(() => fold(communityAward, [revoked()])).toThrow(/AwardRevoked cannot apply to an award that is none/));
});
