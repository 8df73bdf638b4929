import { memberTransferredV1, unitEstablishedV1, type MemberTransferredV1, type UnitEstablishedV1 } from '@linli/contracts';
import { encodePosition, type ProjectedEvent, type Projection } from '@linli/projections';
import type { StarsAwarded } from '@linli/ratings-domain';
import { isConsumed } from '../events/projected.js';
import { localDateOf } from '../support/dates.js';

/** What governance history details may hold: the public payload's ids, codes, dates and numbers. */
export type Detail = string | number | boolean | null | readonly (string | number)[];

/** One thing that happened to a community, in any of the four services. */
export interface TimelineEntry {
  readonly communityId: string;
  /** The event's name without its context and version, e.g. `dispute-escalated`, `stars-awarded`. */
  readonly kind: string;
  readonly context: 'organizations' | 'disputes' | 'property' | 'ratings';
  /** Business time, in UTC. */
  readonly at: string;
  /** The local day, for date filters. */
  readonly day: string;
  readonly eventId: string;
  readonly position: string;
  /** Newest-first order and the page cursor: `<at>|<position>`. */
  readonly sort: string;
  readonly details: Readonly<Record<string, Detail>>;
}

const OWN_KINDS: Readonly<Record<string, string>> = { 'ratings.StarsAwarded': 'stars-awarded', 'ratings.AwardAmended': 'award-amended', 'ratings.AwardRevoked': 'award-revoked' };

/** The communities an event concerns: its own, the estates a branch serves, both ends of a transfer. */
export function communitiesOf(event: ProjectedEvent): string[] {
  const data = event.data as Record<string, unknown>;
  if (event.type === unitEstablishedV1.type) return [...new Set((data as unknown as UnitEstablishedV1).servedCommunityIds)];
  if (event.type === memberTransferredV1.type) return [...new Set([(data as unknown as MemberTransferredV1).communityId, (data as unknown as MemberTransferredV1).fromCommunityId])];
  return typeof data['communityId'] === 'string' ? [data['communityId']] : [];
}

const kindOf = (type: string): { kind: string; context: TimelineEntry['context'] } | undefined => {
  if (Object.hasOwn(OWN_KINDS, type)) return { kind: OWN_KINDS[type] as string, context: 'ratings' };
  const match = /^cn\.linli\.(organizations|disputes|property)\.([a-z-]+)\.v\d+$/.exec(type);
  return match && isConsumed(type) ? { kind: match[2] as string, context: match[1] as TimelineEntry['context'] } : undefined;
};

/** The public payload without the community, scalars and lists of scalars only; for awards, what was decided (reasons stay in the rating history). */
function detailsOf(event: ProjectedEvent): Record<string, Detail> {
  if (event.type === 'ratings.StarsAwarded') {
    const d = event.data as StarsAwarded['data'];
    return { period: d.period, stars: d.stars, rubricId: d.rubricVersion.rubricId, rubricVersion: d.rubricVersion.version, scoreSeen: d.scoreSeen, recommendedStars: d.recommendedStars };
  }
  const details: Record<string, Detail> = {};
  for (const [field, value] of Object.entries(event.data as Record<string, unknown>)) {
    if (field === 'communityId' || field === 'reason') continue;
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) details[field] = value as Detail;
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) details[field] = [...value];
  }
  return details;
}

/** The document id of a timeline entry: the community and the event. */
export const timelineKey = (communityId: string, eventId: string): string => `${communityId}|${eventId}`;

/** Governance history: one immutable entry per community and event, across the four services. */
export function governanceHistoryProjection(name: string): Projection<TimelineEntry> {
  return {
    name,
    version: 1,
    createOnly: true,
    indexes: [{ communityId: 1, sort: -1 }, { communityId: 1, kind: 1, sort: -1 }],
    keys: (event) => (kindOf(event.type) ? communitiesOf(event).map((communityId) => timelineKey(communityId, event.eventId)) : []),
    evolve(doc, event, key) {
      const kind = kindOf(event.type);
      if (doc !== null || kind === undefined) return doc; // an entry never changes
      const communityId = key.slice(0, key.length - event.eventId.length - 1);
      const at = new Date(event.occurredAt).toISOString();
      const position = encodePosition(event.position);
      return { communityId, ...kind, at, day: localDateOf(event.occurredAt), eventId: event.eventId, position, sort: `${at}|${position}`, details: detailsOf(event) };
    },
  };
}
