import { collectionRate } from '@linli/property-services-domain';
import type { StoredDoc } from '@linli/projections';
import type { Connection, mongo } from 'mongoose';
import { collectionOf, documentOf, VISIBLE, type Page, type PageRequest } from '../query-support.js';
import { feeRecordsProjection, type FeeRecordDoc } from './fee-records.projection.js';

/** Fee records of a range of months, with the collection rate over the whole range. */
export interface FeeRecordsView {
  readonly communityId: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly totals: Omit<FeeRecordDoc, 'communityId' | 'period' | 'recordedAt'>;
  readonly months: Page<FeeRecordDoc>;
}

/**
 * Monthly fee records of a community between two months (both included, either open), oldest
 * first. A community has twelve records a year, so the range is read whole and totalled here
 * with the domain's own rate (exact, rounded down), then paged.
 */
export async function feeRecordsOf(connection: Connection, communityId: string, range: { from?: string; to?: string }, page: PageRequest): Promise<FeeRecordsView> {
  const period = { ...(range.from ? { $gte: range.from } : {}), ...(range.to ? { $lte: range.to } : {}) };
  const filter: mongo.Filter<StoredDoc> = { communityId, ...(range.from || range.to ? { period } : {}), ...VISIBLE };
  const docs = await collectionOf(connection, feeRecordsProjection).find(filter).sort({ period: 1 }).toArray();
  const records = docs.map((doc) => documentOf<FeeRecordDoc>(doc));
  const { rateBp, householdRateBp, ...sums } = collectionRate(records);
  return {
    communityId,
    from: range.from ?? null,
    to: range.to ?? null,
    totals: { ...sums, rateBp, householdRateBp },
    months: { items: records.slice(page.offset, page.offset + page.limit), total: records.length, limit: page.limit, offset: page.offset },
  };
}
