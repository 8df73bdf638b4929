// Helpers for unit tests of projections: pure folds in memory, no database.
import type { ProjectedEvent, Projection } from '../projection.js';

export interface ProjectedDefaults {
  /** Which log the events come from (the projection's `source`). */
  source: string;
  /** The time every event is stamped with. */
  occurredAt: string;
}

/**
 * Stored-looking events for projection tests, as `projected(...events)`: positions count up from 1
 * in the order given, ids are `event-<n>`.
 */
export function projectedFrom({ source, occurredAt }: ProjectedDefaults) {
  return (...events: readonly { type: string; data: object }[]): ProjectedEvent[] =>
    events.map((event, index) => ({ eventId: `event-${index + 1}`, type: event.type, data: event.data, occurredAt, source, position: BigInt(index + 1) }));
}

/**
 * Folds events into documents the way the MongoDB writer does: per key, in order, skipping an
 * event at or below the position a document already applied (so redelivery changes nothing).
 */
export function project<Doc extends object>(projection: Projection<Doc>, events: readonly ProjectedEvent[]): Record<string, Doc | null> {
  const docs: Record<string, { doc: Doc | null; applied: bigint }> = {};
  for (const event of events) {
    for (const key of projection.keys(event)) {
      const current = docs[key];
      if (current && current.applied >= event.position) continue;
      docs[key] = { doc: projection.evolve(current?.doc ?? null, event, key), applied: event.position };
    }
  }
  return Object.fromEntries(Object.entries(docs).map(([key, { doc }]) => [key, doc]));
}

/** Every event delivered twice in a row, then the whole log again (as a replay after a crash would). */
export const twice = (events: readonly ProjectedEvent[]): ProjectedEvent[] => [...events.flatMap((event) => [event, event]), ...events];
