import type { mongo } from 'mongoose';
import { guardKeyOf } from './guard.js';
import { encodePosition } from './positions.js';
import type { ProjectedEvent, Projection } from './projection.js';

/** Bookkeeping kept beside each document: positions applied per stream of order, a tombstone, a revision. */
export interface StoredDoc extends mongo.Document {
  _id: string;
  _applied: Record<string, string>;
  _deleted?: boolean;
  /** Incremented by every write: writers replace a document only at the revision they read. */
  _rev?: number;
}

/** The document without the adapter's bookkeeping (what evolve and readers see). */
export function strip(doc: mongo.Document): mongo.Document {
  // A rest copy, not `delete`: deleting properties sends V8 objects to the slow path, and every event folds through here.
  const { _id: _i, _applied: _a, _deleted: _d, _rev: _r, ...rest } = doc;
  return rest;
}

/**
 * Applies one event to the document `key` of `docs` in memory, unless the document already holds
 * a position at or above the event's for the event's stream of order. Returns whether it changed.
 * The stored revision is carried over; writers set the next one when they write.
 */
export function foldEvent<Doc extends object>(projection: Projection<Doc>, docs: Map<string, StoredDoc>, key: string, event: ProjectedEvent): boolean {
  const stored = docs.get(key);
  const guard = guardKeyOf(event);
  const position = encodePosition(event.position);
  const applied = stored?._applied[guard];
  if (applied !== undefined && applied >= position) return false;
  const current = stored && !stored._deleted ? (strip(stored) as Doc) : null;
  const next = projection.evolve(current, event, key);
  const bookkeeping: StoredDoc = { _id: key, _applied: { ...stored?._applied, [guard]: position } };
  if (stored?._rev !== undefined) bookkeeping._rev = stored._rev;
  docs.set(key, next === null ? { ...bookkeeping, _deleted: true } : { ...(next as mongo.Document), ...bookkeeping });
  return true;
}

/** The keys of every event, each with its event, in the order given. */
export function keyed(projection: Projection<object>, events: readonly ProjectedEvent[]): { event: ProjectedEvent; keys: readonly string[] }[] {
  return events.map((event) => ({ event, keys: projection.keys(event) }));
}
