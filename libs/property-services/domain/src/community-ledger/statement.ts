import { isWithin, type IsoDate } from '../calendar/dates.js';
import { collectionRate, feesWithin } from './collection-rate.js';
import type { ExpenditureCategory, RevenueCategory } from './events.js';
import { SEAL_ENCODING, sealOf } from './seal.js';
import type { FeeRecord, LedgerEntry, PublishedStatement } from './state.js';

/** Everything a statement states about its period, before it is dated and published. */
export type StatementFigures = Omit<PublishedStatement, 'publishedOn' | 'deadline' | 'onTime'>;

export interface StatementPeriod {
  readonly period: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** Entries dated inside a period, reversals included. */
export function entriesWithin(entries: readonly LedgerEntry[], start: IsoDate, end: IsoDate): LedgerEntry[] {
  return entries.filter((entry) => isWithin(entry.date, start, end));
}

/**
 * The figures of a period, from all of a ledger's entries and fee records: each entry dated in the
 * period counts once, a reversal negatively on the side and category of the entry it cancels.
 */
export function draftStatement(
  communityId: string,
  { period, start, end }: StatementPeriod,
  allEntries: readonly LedgerEntry[],
  allFees: readonly FeeRecord[],
): StatementFigures {
  const entries = entriesWithin(allEntries, start, end);
  const fees = feesWithin(allFees, start, end);
  const revenueByCategory: Record<RevenueCategory, number> = { parking: 0, advertising: 0, lift_ads: 0, venue_rental: 0, other: 0 };
  const expenditureByCategory: Record<ExpenditureCategory, number> = { repairs: 0, greening: 0, cleaning: 0, security: 0, other: 0 };
  for (const entry of entries) {
    const signed = entry.kind === 'reversal' ? -entry.amountFen : entry.amountFen;
    if (entry.direction === 'revenue') revenueByCategory[entry.category] += signed;
    else expenditureByCategory[entry.category] += signed;
  }
  const revenueFen = sumOf(revenueByCategory);
  const expenditureFen = sumOf(expenditureByCategory);
  const rate = collectionRate(fees);
  return {
    communityId,
    period,
    periodStart: start,
    periodEnd: end,
    feePeriods: fees.map((fee) => fee.period).sort(),
    feesBilledFen: rate.billedFen,
    feesCollectedFen: rate.collectedFen,
    billedHouseholds: rate.billedHouseholds,
    payingHouseholds: rate.payingHouseholds,
    feeCollectionRateBp: rate.rateBp,
    revenueFen,
    expenditureFen,
    netFen: revenueFen - expenditureFen,
    revenueByCategory,
    expenditureByCategory,
    entryIds: entries.map((entry) => entry.entryId).sort(),
    sealEncoding: SEAL_ENCODING,
    seal: sealOf({ communityId, period, periodStart: start, periodEnd: end, entries, fees }),
  };
}

function sumOf(byCategory: Record<string, number>): number {
  return Object.values(byCategory).reduce((total, amount) => total + amount, 0);
}
