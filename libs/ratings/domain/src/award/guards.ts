import { DomainRuleViolation, NotFound } from '@linli/domain-kernel';
import { isRatingPeriod, type RatingPeriod } from '../period.js';
import { isStarCount, type StarCount } from '../rubric/events.js';
import type { AwardInForce, CommunityAward } from './state.js';

interface AwardKey {
  readonly communityId: string;
  readonly period: RatingPeriod;
}

/** A command for another community or period than the stream's is a routing bug in the application. */
export function requireSameAward(state: CommunityAward, { communityId, period }: AwardKey): void {
  if (state.status !== 'none' && (state.communityId !== communityId || state.period !== period))
    throw new Error(`the award stream of ${state.communityId} for ${state.period} was given a command for ${communityId} for ${period}`);
}

/** Amending or revoking needs an award in force: none at all is a 404, a revoked one a 409. */
export function requireAwardInForce(state: CommunityAward, key: AwardKey): AwardInForce {
  requireSameAward(state, key);
  if (state.status === 'none') throw new NotFound('StarAward', `${key.communityId}/${key.period}`);
  if (state.status === 'revoked')
    throw new DomainRuleViolation('AwardNotInForce', `the award of ${key.communityId} for ${key.period} was revoked on ${state.revokedAt}`);
  return state;
}

/** Stars awarded are a whole number 1..5. */
export function requireStars(stars: unknown): StarCount {
  if (!isStarCount(stars)) throw new DomainRuleViolation('InvalidStars', `an award is 1 to 5 stars, not ${String(stars)}`);
  return stars;
}

export function requirePeriod(period: unknown): RatingPeriod {
  if (!isRatingPeriod(period)) throw new DomainRuleViolation('InvalidPeriod', `a rating period is YYYY, YYYY-H1 or YYYY-H2, not ${String(period)}`);
  return period;
}

/** An optional free text: trimmed, and null when blank. */
export const optionalText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
