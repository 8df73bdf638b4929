import type { Connection, mongo } from 'mongoose';
import { encodePosition } from './positions.js';
import { collectionName, type ProjectedEvent, type Projection } from './projection.js';

/** Bookkeeping kept beside each document: the position applied per source, and a tombstone. */
export interface StoredDoc extends mongo.Document {
  _id: string;
  _applied: Record<string, string>;
  _deleted?: boolean;
}

const BOOKKEEPING = ['_id', '_applied', '_deleted'] as const;

/**
 * Applies batches of events to one projection's collection. It reads the touched documents
 * once, folds the batch in memory, skips any event at or below a document's applied position
 * (so redelivery and replay are harmless) and writes the result with one unordered bulkWrite.
 * A deleted document stays as a tombstone so its applied position is not forgotten.
 */
export class MongoProjectionWriter<Doc extends object> {
  readonly collection: mongo.Collection<StoredDoc>;

  constructor(readonly projection: Projection<Doc>, connection: Connection, name = collectionName(projection)) {
    this.collection = connection.collection<StoredDoc>(name);
  }

  async apply(events: readonly ProjectedEvent[]): Promise<number> {
    const keyed = events.map((event) => ({ event, keys: this.projection.keys(event) }));
    const ids = [...new Set(keyed.flatMap((k) => k.keys))];
    if (ids.length === 0) return 0;
    const docs = new Map<string, StoredDoc>();
    for (const doc of await this.collection.find({ _id: { $in: ids } }).toArray()) docs.set(doc._id, doc);
    const changed = new Set<string>();
    for (const { event, keys } of keyed) {
      for (const key of keys) if (this.fold(docs, key, event)) changed.add(key);
    }
    const operations: mongo.AnyBulkWriteOperation<StoredDoc>[] = [...changed].flatMap((id) => {
      const replacement = docs.get(id);
      return replacement ? [{ replaceOne: { filter: { _id: id }, replacement, upsert: true } }] : [];
    });
    if (operations.length > 0) await this.collection.bulkWrite(operations, { ordered: false });
    return operations.length;
  }

  private fold(docs: Map<string, StoredDoc>, key: string, event: ProjectedEvent): boolean {
    const stored = docs.get(key);
    const position = encodePosition(event.position);
    const applied = stored?._applied[event.source];
    if (applied !== undefined && applied >= position) return false;
    const current = stored && !stored._deleted ? (strip(stored) as Doc) : null;
    const next = this.projection.evolve(current, event, key);
    const bookkeeping = { _id: key, _applied: { ...stored?._applied, [event.source]: position } };
    docs.set(key, next === null ? { ...bookkeeping, _deleted: true } : { ...(next as mongo.Document), ...bookkeeping });
    return true;
  }
}

/** The document without the adapter's bookkeeping (what evolve and readers see). */
export function strip(doc: mongo.Document): mongo.Document {
  const copy: mongo.Document = { ...doc };
  for (const field of BOOKKEEPING) delete copy[field];
  return copy;
}
