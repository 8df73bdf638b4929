import type { DisputeCategory, EscalationLevel } from '@linli/disputes-domain';
import { collectionName, strip } from '@linli/projections';
import type { Connection, mongo } from 'mongoose';
import { disputeHistoriesProjection, type DisputeHistory } from '../projections/dispute-history.projection.js';
import { disputeSummariesProjection, type DisputeSummary, type DisputeSummaryStatus } from '../projections/dispute-summary.projection.js';
import { decodeCursor, encodeCursor } from './cursor.js';

/** The largest page a list query answers. */
export const MAX_PAGE_SIZE = 100;

/** What a list of disputes can be narrowed by; instants are ISO-8601 (any offset). */
export interface DisputeFilter {
  readonly communityId?: string;
  readonly category?: DisputeCategory;
  readonly level?: EscalationLevel;
  readonly status?: DisputeSummaryStatus;
  /** Disputes whose current deadline has passed (true) or not (false); open ones unless a status is given. */
  readonly overdue?: boolean;
  /** Reported at or after this instant. */
  readonly reportedFrom?: string;
  /** Reported at or before this instant. */
  readonly reportedTo?: string;
}

export interface PageRequest {
  readonly limit: number;
  /** The `next` of the previous page. */
  readonly after?: string;
}

/** Newest reports first; `next` reads on, null on the last page; `total` counts every match. */
export interface DisputePage {
  readonly items: DisputeSummary[];
  readonly next: string | null;
  readonly total: number;
}

const live = { _deleted: { $ne: true } } as const;
const summaries = (connection: Connection) => connection.collection<mongo.Document>(collectionName(disputeSummariesProjection));
const histories = (connection: Connection) => connection.collection<mongo.Document>(collectionName(disputeHistoriesProjection));

/** One dispute's summary, or null when the read model has not seen it. */
export async function findDisputeSummary(connection: Connection, disputeId: string): Promise<DisputeSummary | null> {
  const doc = await summaries(connection).findOne({ _id: disputeId as never, ...live });
  return doc ? (strip(doc) as DisputeSummary) : null;
}

/** One dispute's timeline, oldest first, or null. */
export async function findDisputeHistory(connection: Connection, disputeId: string): Promise<DisputeHistory | null> {
  const doc = await histories(connection).findOne({ _id: disputeId as never, ...live });
  return doc ? (strip(doc) as DisputeHistory) : null;
}

/** Disputes matching a filter, newest report first, one bounded page at a time. */
export async function listDisputes(connection: Connection, filter: DisputeFilter, page: PageRequest): Promise<DisputePage> {
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > MAX_PAGE_SIZE) throw new RangeError(`limit must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  const query = { ...toQuery(filter), ...live };
  const cursor = page.after === undefined ? undefined : decodeCursor(page.after);
  if (cursor === null) throw new RangeError('after is not a cursor of this list');
  const range: mongo.Filter<mongo.Document> = cursor ? { $or: [{ reportedAt: { $lt: cursor.reportedAt } }, { reportedAt: cursor.reportedAt, _id: { $gt: cursor.id as never } }] } : {};
  const [docs, total] = await Promise.all([
    summaries(connection).find({ ...query, ...range }).sort({ reportedAt: -1, _id: 1 }).limit(page.limit + 1).toArray(),
    summaries(connection).countDocuments(query),
  ]);
  const items = docs.slice(0, page.limit).map((doc) => strip(doc) as DisputeSummary);
  const last = items[items.length - 1];
  const next = docs.length > page.limit && last ? encodeCursor({ reportedAt: last.reportedAt, id: last.disputeId }) : null;
  return { items, next, total };
}

/** How many of a community's disputes are open, and how many of those are overdue. */
export async function countOpenDisputes(connection: Connection, communityId: string): Promise<{ open: number; overdue: number }> {
  const collection = summaries(connection);
  const [open, overdue] = await Promise.all([
    collection.countDocuments({ communityId, status: 'open', ...live }),
    collection.countDocuments({ communityId, status: 'open', overdue: true, ...live }),
  ]);
  return { open, overdue };
}

const INDEXES: readonly Record<string, 1 | -1>[] = [{ communityId: 1, status: 1, reportedAt: -1 }, { reportedAt: -1 }];

/**
 * The indexes the queries filter and sort on (plain compound indexes: FerretDB has no partial or
 * text indexes). Runs at every start but creates only what is missing, so that instances starting
 * while others write do not issue DDL (which FerretDB's SQLite backend serialises badly).
 */
export async function ensureDisputesIndexes(connection: Connection): Promise<void> {
  const collection = summaries(connection);
  const existing = await collection.indexes().catch(() => []);
  const has = (keys: Record<string, 1 | -1>) => existing.some((index) => JSON.stringify(index.key) === JSON.stringify(keys));
  for (const keys of INDEXES) if (!has(keys)) await collection.createIndex(keys);
}

function toQuery(filter: DisputeFilter): mongo.Filter<mongo.Document> {
  const reported = {
    ...(filter.reportedFrom !== undefined && { $gte: new Date(filter.reportedFrom).toISOString() }),
    ...(filter.reportedTo !== undefined && { $lte: new Date(filter.reportedTo).toISOString() }),
  };
  return {
    ...(filter.communityId !== undefined && { communityId: filter.communityId }),
    ...(filter.category !== undefined && { category: filter.category }),
    ...(filter.level !== undefined && { level: filter.level }),
    ...(filter.overdue !== undefined && { status: 'open', overdue: filter.overdue }),
    ...(filter.status !== undefined && { status: filter.status }),
    ...(Object.keys(reported).length > 0 && { reportedAt: reported }),
  };
}
