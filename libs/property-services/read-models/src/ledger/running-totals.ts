import type { LedgerEntryDoc } from './ledger-entries.projection.js';

/** Revenue, expenditure and their difference, in fen (reversals already subtracted). */
export interface LedgerTotals {
  readonly revenueFen: number;
  readonly expenditureFen: number;
  readonly netFen: number;
}

/** A ledger entry with the totals of its period up to and including it, and the account's balance after it. */
export type LedgerLine = Omit<LedgerEntryDoc, 'sequence'> & {
  readonly runningRevenueFen: number;
  readonly runningExpenditureFen: number;
  readonly runningNetFen: number;
  /** Opening balance plus the running net: what the public account holds after this entry. */
  readonly balanceFen: number;
};

/** The entries of a period (in ledger order) with running totals from `openingBalanceFen`. */
export function withRunningTotals(
  entries: readonly LedgerEntryDoc[],
  openingBalanceFen: number,
): { lines: LedgerLine[]; totals: LedgerTotals; closingBalanceFen: number } {
  let revenueFen = 0;
  let expenditureFen = 0;
  const lines = entries.map(({ sequence: _, ...entry }) => {
    revenueFen += entry.revenueFen;
    expenditureFen += entry.expenditureFen;
    const runningNetFen = revenueFen - expenditureFen;
    return { ...entry, runningRevenueFen: revenueFen, runningExpenditureFen: expenditureFen, runningNetFen, balanceFen: openingBalanceFen + runningNetFen };
  });
  const netFen = revenueFen - expenditureFen;
  return { lines, totals: { revenueFen, expenditureFen, netFen }, closingBalanceFen: openingBalanceFen + netFen };
}
