import { entryReversed, expenditureRecorded, revenueRecorded } from '../testing/fixtures.js';
import { logOf, project } from '../testing/projection-spec.js';
import { ledgerEntriesProjection, type LedgerEntryDoc } from './ledger-entries.projection.js';
import { withRunningTotals } from './running-totals.js';

const entries = Object.values(project(ledgerEntriesProjection, logOf(revenueRecorded(), expenditureRecorded(), entryReversed()))).filter(
  (doc): doc is LedgerEntryDoc => doc !== null,
);
const inLedgerOrder = [...entries].sort((a, b) => (a.date + a.sequence < b.date + b.sequence ? -1 : 1));

describe('running totals of a ledger period', () => {
  it('accumulate revenue and expenditure entry by entry, a reversal counting against its side', () =>
    expect(withRunningTotals(inLedgerOrder, 0).lines.map((line) => [line.entryId, line.runningRevenueFen, line.runningExpenditureFen, line.runningNetFen])).toEqual([
      ['rev-1', 360_000, 0, 360_000],
      ['rev-1-r', 0, 0, 0],
      ['exp-1', 0, 150_000, -150_000],
    ]));

  it('carry the opening balance into the balance after each entry and the closing balance', () => {
    const { lines, totals, closingBalanceFen } = withRunningTotals(inLedgerOrder, 1_000_000);
    expect(lines.map((line) => line.balanceFen)).toEqual([1_360_000, 1_000_000, 850_000]);
    expect(totals).toEqual({ revenueFen: 0, expenditureFen: 150_000, netFen: -150_000 });
    expect(closingBalanceFen).toBe(850_000);
  });

  it('do not show the internal log sequence', () => expect(withRunningTotals(inLedgerOrder, 0).lines[0]).not.toHaveProperty('sequence'));

  it('are zero for an empty period', () =>
    expect(withRunningTotals([], 500)).toEqual({ lines: [], totals: { revenueFen: 0, expenditureFen: 0, netFen: 0 }, closingBalanceFen: 500 }));
});
