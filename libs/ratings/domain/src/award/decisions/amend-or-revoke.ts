import { requiredText } from '../../inputs.js';
import type { AmendAward, RevokeAward } from '../commands.js';
import type { CommunityAwardEvent } from '../events.js';
import { requireAwardInForce, requireStars } from '../guards.js';
import type { CommunityAward } from '../state.js';

/** Changes the stars of the award in force, with a reason; asking for the stars it already has changes nothing. */
export function amendAward({ data, metadata }: AmendAward, state: CommunityAward): CommunityAwardEvent[] {
  const award = requireAwardInForce(state, data);
  const stars = requireStars(data.stars);
  const reason = requiredText(data.reason, 'ReasonRequired', 'an amendment says why the stars change');
  if (stars === award.stars) return [];
  const { communityId, period } = award;
  return [{ type: 'ratings.AwardAmended', data: { communityId, period, previousStars: award.stars, stars, reason, amendedAt: metadata.now } }];
}

/** Withdraws the award in force, with a reason; the period may then be awarded again. */
export function revokeAward({ data, metadata }: RevokeAward, state: CommunityAward): CommunityAwardEvent[] {
  const award = requireAwardInForce(state, data);
  const reason = requiredText(data.reason, 'ReasonRequired', 'a revocation says why');
  const { communityId, period, stars } = award;
  return [{ type: 'ratings.AwardRevoked', data: { communityId, period, stars, reason, revokedAt: metadata.now } }];
}
