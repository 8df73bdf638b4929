import { collectionName, strip, type Projection, type StoredDoc } from '@linli/projections';
import type { Connection, mongo } from 'mongoose';

/** How many documents a page may hold at most; the API refuses larger pages. */
export const MAX_PAGE_SIZE = 100;

/** A bounded slice of a sorted result. */
export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
}

/** A slice of a result, with how many documents match in all. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

/** Tombstones stay in the collection (they remember the applied position); readers never see them. */
export const VISIBLE = { _deleted: { $ne: true } } as const;

/** The collection a projection writes, typed with its bookkeeping. */
export function collectionOf(connection: Connection, projection: Pick<Projection<object>, 'name' | 'version'>): mongo.Collection<StoredDoc> {
  return connection.collection<StoredDoc>(collectionName(projection));
}

/** A stored document without `_id`, `_applied` and `_deleted`, as the projection built it. */
export function documentOf<Doc>(stored: mongo.Document): Doc {
  return strip(stored) as Doc;
}

/** One page of the visible documents matching `filter`, in `sort` order, with the total count. */
export async function findPage<Doc>(
  collection: mongo.Collection<StoredDoc>,
  filter: mongo.Filter<StoredDoc>,
  sort: mongo.Sort,
  page: PageRequest,
): Promise<Page<Doc>> {
  const query = { ...filter, ...VISIBLE } as mongo.Filter<StoredDoc>;
  const [docs, total] = await Promise.all([
    collection.find(query).sort(sort).skip(page.offset).limit(page.limit).toArray(),
    collection.countDocuments(query),
  ]);
  return { items: docs.map((doc) => documentOf<Doc>(doc)), total, limit: page.limit, offset: page.offset };
}

/**
 * The sum of one numeric field over the visible documents matching `filter`. One accumulator per
 * `$group` on purpose: FerretDB 1.24 computes only the first of several (the others come back 0).
 */
export async function sumOf(collection: mongo.Collection<StoredDoc>, filter: mongo.Filter<StoredDoc>, field: string): Promise<number> {
  const [row] = await collection.aggregate<{ total: number }>([{ $match: { ...filter, ...VISIBLE } }, { $group: { _id: null, total: { $sum: `$${field}` } } }]).toArray();
  return row?.total ?? 0;
}
