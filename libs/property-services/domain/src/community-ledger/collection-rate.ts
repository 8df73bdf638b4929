import { periodRange, type PeriodKey } from '../calendar/periods.js';
import { contentsOf, type CommunityLedger, type FeeRecord } from './state.js';

/** Fee collection over one or more months, with rates in basis points (10000 = everything collected). */
export interface CollectionRate {
  readonly billedFen: number;
  readonly collectedFen: number;
  readonly billedHouseholds: number;
  readonly payingHouseholds: number;
  /** Collected fen over billed fen, rounded down; null when nothing was billed. */
  readonly rateBp: number | null;
  /** Paying households over billed households, rounded down; null when no household was billed. */
  readonly householdRateBp: number | null;
}

/** `part / whole` in basis points, rounded down and computed exactly (no floating point); null for a zero whole. */
export function basisPoints(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Number((BigInt(part) * 10_000n) / BigInt(whole));
}

/** The collection rate of a set of monthly fee records taken together. */
export function collectionRate(records: readonly FeeRecord[]): CollectionRate {
  const sum = (pick: (record: FeeRecord) => number) => records.reduce((total, record) => total + pick(record), 0);
  const billedFen = sum((record) => record.billedFen);
  const collectedFen = sum((record) => record.collectedFen);
  const billedHouseholds = sum((record) => record.billedHouseholds);
  const payingHouseholds = sum((record) => record.payingHouseholds);
  return {
    billedFen,
    collectedFen,
    billedHouseholds,
    payingHouseholds,
    rateBp: basisPoints(collectedFen, billedFen),
    householdRateBp: basisPoints(payingHouseholds, billedHouseholds),
  };
}

/** The collection rate of a month or quarter from the fee records in a ledger; null for a malformed period. */
export function collectionRateOf(state: CommunityLedger, period: PeriodKey): CollectionRate | null {
  const range = periodRange(period);
  if (!range) return null;
  return collectionRate(feesWithin(contentsOf(state).fees, range.start, range.end));
}

/** Monthly fee records whose month lies between two days (statements always span whole months). */
export function feesWithin(fees: readonly FeeRecord[], start: string, end: string): FeeRecord[] {
  return fees.filter((fee) => start <= `${fee.period}-01` && `${fee.period}-01` <= end);
}
