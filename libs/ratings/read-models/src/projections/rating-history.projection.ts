import type { Projection } from '@linli/projections';
import type { AwardAmended, AwardRevoked, StarsAwarded } from '@linli/ratings-domain';
import { sourceOf, type Source } from '../support/evidence.js';
import { entryOf, withEntry, type IdMap } from '../support/maps.js';

/** One decision of the assessors about a community's stars for a period, with their reason. */
export interface AwardDecision extends Source {
  readonly decision: 'awarded' | 'amended' | 'revoked';
  readonly at: string;
  readonly stars: number;
  readonly previousStars?: number;
  readonly rubricId?: string;
  readonly rubricVersion?: number;
  readonly scoreSeen?: number;
  readonly recommendedStars?: number;
  readonly reason: string | null;
  readonly actorId: string | null;
  readonly actorRole: string | null;
}

/** Every award decision about one community, by period and then event id. */
export interface RatingHistoryDoc {
  readonly communityId: string;
  readonly periods?: IdMap<IdMap<AwardDecision>>;
}

type AwardData = StarsAwarded['data'] | AwardAmended['data'] | AwardRevoked['data'];
const TYPES = new Set(['ratings.StarsAwarded', 'ratings.AwardAmended', 'ratings.AwardRevoked']);

function decisionOf(type: string, d: AwardData): Omit<AwardDecision, keyof Source | 'actorId' | 'actorRole'> {
  if ('awardedAt' in d) {
    const { stars, rubricVersion, scoreSeen, recommendedStars, reason, awardedAt } = d;
    return { decision: 'awarded', at: awardedAt, stars, rubricId: rubricVersion.rubricId, rubricVersion: rubricVersion.version, scoreSeen, recommendedStars, reason };
  }
  if ('amendedAt' in d) return { decision: 'amended', at: d.amendedAt, stars: d.stars, previousStars: d.previousStars, reason: d.reason };
  if ('revokedAt' in d) return { decision: 'revoked', at: d.revokedAt, stars: d.stars, reason: d.reason };
  throw new RangeError(`not an award event: ${type}`);
}

/** The rating history's award side: every decision about each community (scores are computed per period when asked). */
export function ratingHistoryProjection(name: string): Projection<RatingHistoryDoc> {
  return {
    name,
    version: 1,
    keys: (event) => (TYPES.has(event.type) ? [(event.data as AwardData).communityId] : []),
    evolve(doc, event, key) {
      const history: RatingHistoryDoc = doc ?? { communityId: key };
      if (!TYPES.has(event.type)) return history;
      const d = event.data as AwardData;
      const actorId = typeof event.metadata?.['actorId'] === 'string' ? event.metadata['actorId'] : null;
      const actorRole = typeof event.metadata?.['actorRole'] === 'string' ? event.metadata['actorRole'] : null;
      const decision: AwardDecision = { ...decisionOf(event.type, d), ...sourceOf(event), actorId, actorRole };
      return { ...history, periods: withEntry(history.periods, d.period, withEntry(entryOf(history.periods, d.period), event.eventId, decision)) };
    },
  };
}
