import type { DomainEvent } from '@linli/domain-kernel';
import type { ProjectedEvent, Projection } from '@linli/projections';

/** Business time of every fixture event unless told otherwise. */
export const OCCURRED_AT = '2026-03-05T02:00:00.000Z';

/** Domain events as the runner hands them over: positions 1, 2, 3… in the order given. */
export function logOf(...events: ReadonlyArray<DomainEvent | [DomainEvent, string]>): ProjectedEvent[] {
  return events.map((item, i) => {
    const [event, occurredAt] = Array.isArray(item) ? item : [item, OCCURRED_AT];
    return { eventId: `event-${i + 1}`, type: event.type, data: event.data, occurredAt, source: 'property-services', position: BigInt(i + 1) };
  });
}

/**
 * Folds events into documents as the MongoDB writer does: per document, an event at or below the
 * position it already applied is skipped (`guarded`), and a null result leaves a tombstone.
 */
export function project<Doc extends object>(projection: Projection<Doc>, events: readonly ProjectedEvent[], guarded = true): Record<string, Doc | null> {
  const docs = new Map<string, { doc: Doc | null; applied: bigint }>();
  for (const event of events) {
    for (const key of projection.keys(event)) {
      const stored = docs.get(key);
      if (guarded && stored && stored.applied >= event.position) continue;
      // Documents go through BSON in production: a JSON round trip keeps the fold honest about that.
      const doc = projection.evolve(stored?.doc ? structuredClone(stored.doc) : null, event, key);
      docs.set(key, { doc: doc === null ? null : (JSON.parse(JSON.stringify(doc)) as Doc), applied: event.position });
    }
  }
  return Object.fromEntries([...docs].map(([key, { doc }]) => [key, doc]));
}

/**
 * Every event delivered twice: once with each event repeated on the spot and nothing guarding
 * (the fold itself is idempotent), once as a full redelivery after the fact (the position guard).
 */
export function expectSameDocumentsWhenDeliveredTwice<Doc extends object>(projection: Projection<Doc>, events: readonly ProjectedEvent[]): void {
  const once = project(projection, events);
  expect(project(projection, events.flatMap((event) => [event, event]), false)).toEqual(once);
  expect(project(projection, [...events, ...events])).toEqual(once);
}
