import type { PeriodRange } from '@linli/property-services-domain';
import type { Connection } from 'mongoose';
import { collectionOf, documentOf, sumOf, VISIBLE, type Page, type PageRequest } from '../query-support.js';
import { ledgerEntriesProjection, type LedgerEntryDoc } from './ledger-entries.projection.js';
import { withRunningTotals, type LedgerLine, type LedgerTotals } from './running-totals.js';
import { statementsProjection, type StatementDoc } from './statements.projection.js';

/** A community's ledger for one month or quarter, with running totals and the statements that closed it. */
export interface LedgerForPeriod {
  readonly communityId: string;
  readonly period: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  /** Net of every entry dated before the period: what the public account held when it began. */
  readonly openingBalanceFen: number;
  readonly totals: LedgerTotals;
  readonly closingBalanceFen: number;
  /** Published statements whose period contains this one: once there is one, nothing can be added. */
  readonly closedBy: ReadonlyArray<Pick<StatementDoc, 'period' | 'publishedOn' | 'seal'>>;
  readonly entries: Page<LedgerLine>;
}

/**
 * Entries dated in the period, by date and then in the order recorded. Running totals need every
 * earlier entry of the period, so the whole period (a quarter at most) is read and then paged.
 */
export async function ledgerForPeriod(connection: Connection, communityId: string, range: PeriodRange, page: PageRequest): Promise<LedgerForPeriod> {
  const entries = collectionOf(connection, ledgerEntriesProjection);
  const [docs, openingBalanceFen, statements] = await Promise.all([
    entries.find({ communityId, date: { $gte: range.start, $lte: range.end }, ...VISIBLE }).sort({ date: 1, sequence: 1 }).toArray(),
    sumOf(entries, { communityId, date: { $lt: range.start } }, 'netFen'),
    collectionOf(connection, statementsProjection)
      .find({ communityId, periodStart: { $lte: range.start }, periodEnd: { $gte: range.end }, ...VISIBLE })
      .sort({ periodStart: 1, period: 1 })
      .toArray(),
  ]);
  const { lines, totals, closingBalanceFen } = withRunningTotals(docs.map((doc) => documentOf<LedgerEntryDoc>(doc)), openingBalanceFen);
  const closedBy = statements.map((doc) => documentOf<StatementDoc>(doc)).map(({ period, publishedOn, seal }) => ({ period, publishedOn, seal }));
  return {
    communityId,
    period: range.period,
    periodStart: range.start,
    periodEnd: range.end,
    openingBalanceFen,
    totals,
    closingBalanceFen,
    closedBy,
    entries: { items: lines.slice(page.offset, page.offset + page.limit), total: lines.length, limit: page.limit, offset: page.offset },
  };
}
