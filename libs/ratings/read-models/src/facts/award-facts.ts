import type { AwardAmended, AwardRevoked, StarsAwarded } from '@linli/ratings-domain';
import { sourceOf } from '../support/evidence.js';
import { entryOf, withEntry } from '../support/maps.js';
import type { AwardFact } from './community-facts.js';
import { handle, type FactHandler } from './handler.js';

// The service's own award events, read from its own log in order: each leaves the award of its
// period as the assessors' latest decision made it.

/** The award events (types `ratings.*`) as facts of the community awarded. */
export const awardFacts: Readonly<Record<string, FactHandler>> = {
  'ratings.StarsAwarded': handle<StarsAwarded['data']>('awards', (facts, d, event) => {
    const award: AwardFact = {
      ...sourceOf(event),
      status: 'awarded',
      stars: d.stars,
      rubricId: d.rubricVersion.rubricId,
      rubricVersion: d.rubricVersion.version,
      scoreSeen: d.scoreSeen,
      recommendedStars: d.recommendedStars,
      awardedAt: d.awardedAt,
      changedAt: d.awardedAt,
    };
    return { ...facts, awards: withEntry(facts.awards, d.period, award) };
  }),
  'ratings.AwardAmended': handle<AwardAmended['data']>('awards', (facts, d, event) => {
    const award = entryOf(facts.awards, d.period);
    if (award === undefined) return facts; // never in the service's own log: the domain refuses it
    return { ...facts, awards: withEntry(facts.awards, d.period, { ...award, ...sourceOf(event), stars: d.stars, changedAt: d.amendedAt }) };
  }),
  'ratings.AwardRevoked': handle<AwardRevoked['data']>('awards', (facts, d, event) => {
    const award = entryOf(facts.awards, d.period);
    if (award === undefined) return facts;
    return { ...facts, awards: withEntry(facts.awards, d.period, { ...award, ...sourceOf(event), status: 'revoked', changedAt: d.revokedAt }) };
  }),
};
