import { assertNever } from '@linli/domain-kernel';
import type { RatingPeriod } from '../period.js';
import type { RubricVersionRef, StarCount } from '../rubric/events.js';
import type { RecommendedStars } from '../scoring/stars.js';
import type { CommunityAwardEvent } from './events.js';

interface AwardFacts {
  readonly communityId: string;
  readonly period: RatingPeriod;
}

/** An award in force: its current stars and what they were first awarded under. */
export type AwardInForce = AwardFacts & {
  readonly status: 'awarded';
  readonly stars: StarCount;
  readonly rubricVersion: RubricVersionRef;
  readonly scoreSeen: number;
  readonly recommendedStars: RecommendedStars;
  readonly awardedAt: string;
};

export type RevokedAward = AwardFacts & {
  readonly status: 'revoked';
  readonly revokedStars: StarCount;
  readonly revokedAt: string;
  readonly reason: string;
};

/** The star award of one community for one period: `none` until the first award. */
export type CommunityAward = { readonly status: 'none' } | AwardInForce | RevokedAward;

export const initialState = (): CommunityAward => ({ status: 'none' });

export function evolve(state: CommunityAward, event: CommunityAwardEvent): CommunityAward {
  switch (event.type) {
    case 'ratings.StarsAwarded': {
      const { communityId, period, stars, rubricVersion, scoreSeen, recommendedStars, awardedAt } = event.data;
      return { status: 'awarded', communityId, period, stars, rubricVersion, scoreSeen, recommendedStars, awardedAt };
    }
    case 'ratings.AwardAmended':
      return { ...inForce(state, event), stars: event.data.stars };
    case 'ratings.AwardRevoked': {
      const { communityId, period } = inForce(state, event);
      const { stars, revokedAt, reason } = event.data;
      return { status: 'revoked', communityId, period, revokedStars: stars, revokedAt, reason };
    }
    default:
      return assertNever(event);
  }
}

/** Events come from decide, so one that does not fit the state means a corrupted stream: fail loudly. */
function inForce(state: CommunityAward, event: CommunityAwardEvent): AwardInForce {
  if (state.status !== 'awarded') throw new Error(`${event.type} cannot apply to an award that is ${state.status}`);
  return state;
}

/** The stars in force, or null when nothing was awarded or the award was revoked. */
export const starsInForce = (state: CommunityAward): StarCount | null => (state.status === 'awarded' ? state.stars : null);
