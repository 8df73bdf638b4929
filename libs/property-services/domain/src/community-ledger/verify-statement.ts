import { EXPENDITURE_CATEGORIES, REVENUE_CATEGORIES } from './events.js';
import { SEAL_ENCODING } from './seal.js';
import { draftStatement, type StatementFigures } from './statement.js';
import type { FeeRecord, LedgerEntry, PublishedStatement } from './state.js';

/** One way in which a published statement disagrees with the entries and fee records given to check it. */
export type StatementDifference =
  | { readonly kind: 'figure'; readonly field: string; readonly published: number | null; readonly recomputed: number | null }
  | { readonly kind: 'missing_entry'; readonly entryId: string }
  | { readonly kind: 'unexpected_entry'; readonly entryId: string }
  | { readonly kind: 'missing_fee_record'; readonly period: string }
  | { readonly kind: 'unexpected_fee_record'; readonly period: string }
  | { readonly kind: 'unsupported_seal_encoding'; readonly published: string; readonly supported: string };

export interface StatementVerification {
  /** True when the seal and every figure agree. */
  readonly ok: boolean;
  /** The seal the statement was published with. */
  readonly expectedSeal: string;
  /** The seal recomputed from the given entries and fee records. */
  readonly actualSeal: string;
  /** What disagrees; empty with different seals when only an unsummed detail changed (counterparty, voucher, reason, a date inside the period). */
  readonly differences: readonly StatementDifference[];
}

/**
 * Re-verifies a published statement against a ledger's entries and fee records (all of them, or
 * only the period's: the period is selected here), e.g. as an auditor folds them from the event history.
 */
export function verifyStatement(statement: PublishedStatement, entries: readonly LedgerEntry[], fees: readonly FeeRecord[]): StatementVerification {
  const period = { period: statement.period, start: statement.periodStart, end: statement.periodEnd };
  const recomputed = draftStatement(statement.communityId, period, entries, fees);
  const differences: StatementDifference[] = [
    ...encodingDifference(statement),
    ...figureDifferences(statement, recomputed),
    ...missing(statement.entryIds, recomputed.entryIds).map((entryId) => ({ kind: 'missing_entry' as const, entryId })),
    ...missing(recomputed.entryIds, statement.entryIds).map((entryId) => ({ kind: 'unexpected_entry' as const, entryId })),
    ...missing(statement.feePeriods, recomputed.feePeriods).map((month) => ({ kind: 'missing_fee_record' as const, period: month })),
    ...missing(recomputed.feePeriods, statement.feePeriods).map((month) => ({ kind: 'unexpected_fee_record' as const, period: month })),
  ];
  return {
    ok: differences.length === 0 && statement.seal === recomputed.seal,
    expectedSeal: statement.seal,
    actualSeal: recomputed.seal,
    differences,
  };
}

function encodingDifference(statement: PublishedStatement): StatementDifference[] {
  if (statement.sealEncoding === SEAL_ENCODING) return [];
  return [{ kind: 'unsupported_seal_encoding', published: statement.sealEncoding, supported: SEAL_ENCODING }];
}

function figureDifferences(published: StatementFigures, recomputed: StatementFigures): StatementDifference[] {
  const flat = (figures: StatementFigures): Array<[string, number | null]> => [
    ['feesBilledFen', figures.feesBilledFen],
    ['feesCollectedFen', figures.feesCollectedFen],
    ['billedHouseholds', figures.billedHouseholds],
    ['payingHouseholds', figures.payingHouseholds],
    ['feeCollectionRateBp', figures.feeCollectionRateBp],
    ['revenueFen', figures.revenueFen],
    ['expenditureFen', figures.expenditureFen],
    ['netFen', figures.netFen],
    ...REVENUE_CATEGORIES.map((category): [string, number] => [`revenueByCategory.${category}`, figures.revenueByCategory[category]]),
    ...EXPENDITURE_CATEGORIES.map((category): [string, number] => [`expenditureByCategory.${category}`, figures.expenditureByCategory[category]]),
  ];
  const expected = flat(recomputed);
  return flat(published).flatMap(([field, value], i) =>
    value === expected[i][1] ? [] : [{ kind: 'figure' as const, field, published: value, recomputed: expected[i][1] }],
  );
}

/** Items of `listed` that `found` lacks. */
function missing(listed: readonly string[], found: readonly string[]): string[] {
  const present = new Set(found);
  return listed.filter((item) => !present.has(item));
}
