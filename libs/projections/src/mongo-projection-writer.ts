import type { Connection, mongo } from 'mongoose';
import { foldEvent, keyed, type StoredDoc } from './fold.js';
import { collectionName, type ProjectedEvent, type Projection } from './projection.js';

export { strip, type StoredDoc } from './fold.js';

const DUPLICATE_KEY = 11000;
/**
 * Operations per bulkWrite: FerretDB 1.24 on SQLite deadlocks the whole server on one bulkWrite
 * replacing about 100 documents (each holds one of its 100 pooled connections until the command ends).
 */
const OPERATIONS_PER_BULK = 40;
const MAX_ATTEMPTS = 8;
/** Up to this many documents are read one by one: a lookup by _id is indexed on every server, `$in` is not on FerretDB. */
const POINT_READS = 16;
/** Documents a writer remembers as it last wrote them, so that the next event of a busy document needs no read. */
const REMEMBERED_DOCUMENTS = 500;

/**
 * Applies batches of events to one projection's collection. It reads the touched documents
 * once, folds the batch in memory, skips any event at or below a document's applied position
 * (so redelivery and replay are harmless) and writes the result with one unordered bulkWrite.
 * A deleted document stays as a tombstone so its applied position is not forgotten.
 *
 * Several writers may share a collection (service replicas, partitions consumed in parallel):
 * a document is inserted only if absent and replaced only at the revision that was read, and
 * the documents that lost such a race are read and folded again (the guards make that safe).
 *
 * It remembers the last few hundred documents it wrote (with their revision) and folds the next
 * event of one of them without reading it first: if anyone else wrote it since, the revision no
 * longer matches, the replace matches nothing and the document is read and folded again as above.
 */
export class MongoProjectionWriter<Doc extends object> {
  readonly collection: mongo.Collection<StoredDoc>;
  /** Documents as this writer last wrote them, least recent first. */
  private readonly remembered = new Map<string, StoredDoc>();

  constructor(readonly projection: Projection<Doc>, connection: Connection, name = collectionName(projection)) {
    this.collection = connection.collection<StoredDoc>(name);
  }

  /** Applies the events; resolves with the number of documents written. */
  async apply(events: readonly ProjectedEvent[]): Promise<number> {
    const touched = keyed(this.projection, events).filter((k) => k.keys.length > 0);
    if (this.projection.createOnly) return this.create(touched);
    let pending = new Set(touched.flatMap((k) => k.keys));
    let written = 0;
    for (let attempt = 1; pending.size > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS) throw new Error(`${this.collection.collectionName}: documents kept changing under the writer (${[...pending].slice(0, 3).join(', ')})`);
      const outcome = await this.applyTo(pending, touched, attempt === 1);
      written += outcome.written;
      pending = outcome.conflicts;
    }
    return written;
  }

  /** Inserts each key's document as its first event makes it; a key already stored is left alone (duplicate key). */
  private async create(touched: ReturnType<typeof keyed>): Promise<number> {
    const docs = new Map<string, StoredDoc>();
    for (const { event, keys } of touched) for (const key of keys) if (!docs.has(key)) foldEvent(this.projection, docs, key, event);
    const created = [...docs.values()].filter((doc) => !doc._deleted).map((doc) => ({ ...doc, _rev: 1 }));
    if (created.length === 0) return 0;
    let duplicates = 0;
    for (let first = 0; first < created.length; first += OPERATIONS_PER_BULK) {
      const operations = created.slice(first, first + OPERATIONS_PER_BULK).map((document) => ({ insertOne: { document } }));
      duplicates += (await this.writeChunk(operations)).length;
    }
    return created.length - duplicates;
  }

  private async applyTo(ids: ReadonlySet<string>, touched: ReturnType<typeof keyed>, fromMemory: boolean): Promise<{ written: number; conflicts: Set<string> }> {
    const docs = await this.read([...ids], fromMemory);
    const revisions = new Map([...docs].map(([id, doc]) => [id, doc._rev]));
    const changed = new Set<string>();
    for (const { event, keys } of touched) {
      for (const key of keys) if (ids.has(key) && foldEvent(this.projection, docs, key, event)) changed.add(key);
    }
    const operations = [...changed].map((id) => this.operation(docs.get(id) as StoredDoc, revisions.has(id), revisions.get(id)));
    if (operations.length === 0) return { written: 0, conflicts: new Set() };
    return this.write(operations, changed);
  }

  private operation(doc: StoredDoc, existed: boolean, revision: number | undefined): mongo.AnyBulkWriteOperation<StoredDoc> {
    const replacement = { ...doc, _rev: (revision ?? 0) + 1 };
    if (!existed) return { insertOne: { document: replacement } };
    const filter: mongo.Filter<StoredDoc> = { _id: doc._id, _rev: revision ?? { $exists: false } };
    return { replaceOne: { filter, replacement } };
  }

  private async write(operations: mongo.AnyBulkWriteOperation<StoredDoc>[], changed: Set<string>): Promise<{ written: number; conflicts: Set<string> }> {
    const conflicts = new Set<string>();
    for (let first = 0; first < operations.length; first += OPERATIONS_PER_BULK) {
      const chunk = operations.slice(first, first + OPERATIONS_PER_BULK);
      for (const id of await this.writeChunk(chunk)) conflicts.add(id);
    }
    return { written: changed.size - conflicts.size, conflicts };
  }

  /** One unordered bulkWrite; the ids that lost a race (a duplicate insert, a replace that matched nothing). */
  private async writeChunk(operations: mongo.AnyBulkWriteOperation<StoredDoc>[]): Promise<string[]> {
    let conflicts: string[];
    try {
      conflicts = await this.bulkWrite(operations);
    } catch (error) {
      for (const operation of operations) this.remembered.delete(idOf(operation));
      throw error;
    }
    const lost = new Set(conflicts);
    for (const operation of operations) {
      const doc = documentOf(operation);
      if (doc && !lost.has(doc._id)) this.remember(doc);
      else this.remembered.delete(idOf(operation));
    }
    return conflicts;
  }

  private async bulkWrite(operations: mongo.AnyBulkWriteOperation<StoredDoc>[]): Promise<string[]> {
    const replaced = operations.filter((op) => 'replaceOne' in op).map(idOf);
    const conflicts: string[] = [];
    let result: mongo.BulkWriteResult;
    try {
      result = await this.collection.bulkWrite(operations, { ordered: false });
    } catch (error) {
      const bulk = error as mongo.MongoBulkWriteError;
      const errors = bulk.writeErrors === undefined ? [] : Array.isArray(bulk.writeErrors) ? bulk.writeErrors : [bulk.writeErrors];
      if (errors.length === 0 || errors.some((e) => e.code !== DUPLICATE_KEY)) throw error;
      for (const e of errors) conflicts.push(idOf(operations[e.index]));
      result = bulk.result;
    }
    // A replace that matched nothing lost a race; which one is not reported, so fold them all again.
    if (result.matchedCount < replaced.length) conflicts.push(...replaced);
    return conflicts;
  }

  /** The documents: remembered ones (copies: folding must not touch the memory) and the others read. */
  private async read(ids: readonly string[], fromMemory: boolean): Promise<Map<string, StoredDoc>> {
    const docs = new Map<string, StoredDoc>();
    const unknown: string[] = [];
    for (const id of ids) {
      const doc = fromMemory ? this.remembered.get(id) : undefined;
      if (doc) docs.set(id, structuredClone(doc));
      else unknown.push(id);
    }
    if (unknown.length === 0) return docs;
    const found =
      unknown.length <= POINT_READS
        ? (await Promise.all(unknown.map((id) => this.collection.findOne({ _id: id })))).filter((doc): doc is StoredDoc => doc !== null)
        : await this.collection.find({ _id: { $in: unknown } }).toArray();
    for (const doc of found) docs.set(doc._id, doc);
    return docs;
  }

  private remember(doc: StoredDoc): void {
    if (this.projection.createOnly) return; // never read: nothing to spare
    this.remembered.delete(doc._id);
    this.remembered.set(doc._id, doc);
    if (this.remembered.size > REMEMBERED_DOCUMENTS) this.remembered.delete(this.remembered.keys().next().value as string);
  }
}

function documentOf(operation: mongo.AnyBulkWriteOperation<StoredDoc>): StoredDoc | undefined {
  if ('insertOne' in operation) return operation.insertOne.document as StoredDoc;
  if ('replaceOne' in operation) return operation.replaceOne.replacement as StoredDoc;
  return undefined;
}

function idOf(operation: mongo.AnyBulkWriteOperation<StoredDoc> | undefined): string {
  if (operation && 'insertOne' in operation) return operation.insertOne.document._id;
  if (operation && 'replaceOne' in operation) return operation.replaceOne.filter._id as string;
  return '';
}
