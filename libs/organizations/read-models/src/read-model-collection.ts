import { collectionName, strip, type Projection } from '@linli/projections';
import type { Connection, mongo } from 'mongoose';

// The few read operations every organizations query shares: documents written by the projection
// writer carry bookkeeping (`_id`, `_applied`) and tombstones (`_deleted`) that readers never see.

/** Matches live documents only: a tombstone keeps its applied position but is not there for readers. */
export const live = { _deleted: { $ne: true } } as const;

/** The largest page a list query answers. */
export const maxPageSize = 100;

export interface Page<Doc> {
  readonly items: Doc[];
  /** Pass as `after` to read the next page; null on the last one. */
  readonly next: string | null;
}

export interface PageRequest {
  /** The id of the last document of the previous page (ids sort in creation order for UUIDv7). */
  readonly after?: string;
  readonly limit: number;
}

/** The collection a projection writes to, read as documents of its type. */
export function collectionOf(connection: Connection, projection: Pick<Projection<object>, 'name' | 'version'>): mongo.Collection<mongo.Document> {
  return connection.collection(collectionName(projection));
}

/** One live document by id, without bookkeeping, or null. */
export async function findLive<Doc>(collection: mongo.Collection<mongo.Document>, id: string, hide: readonly string[] = []): Promise<Doc | null> {
  const doc = await collection.findOne({ _id: id as never, ...live }, hidden(hide));
  return doc ? (strip(doc) as Doc) : null;
}

/** Live documents matching a filter, in id order, one bounded page at a time. */
export async function findPage<Doc>(collection: mongo.Collection<mongo.Document>, filter: mongo.Filter<mongo.Document>, request: PageRequest, hide: readonly string[] = []): Promise<Page<Doc>> {
  if (!Number.isInteger(request.limit) || request.limit < 1 || request.limit > maxPageSize) throw new RangeError(`limit must be an integer from 1 to ${maxPageSize}`);
  const range = request.after === undefined ? {} : { _id: { $gt: request.after as never } };
  const docs = await collection
    .find({ ...filter, ...range, ...live }, hidden(hide))
    .sort({ _id: 1 })
    .limit(request.limit + 1)
    .toArray();
  const items = docs.slice(0, request.limit);
  const next = docs.length > request.limit ? String(items[items.length - 1]?.['_id']) : null;
  return { items: items.map((doc) => strip(doc) as Doc), next };
}

function hidden(fields: readonly string[]): mongo.FindOptions {
  return fields.length === 0 ? {} : { projection: Object.fromEntries(fields.map((field) => [field, 0])) };
}
