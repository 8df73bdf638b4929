import { fold } from '@linli/domain-kernel';
import { communityLedger } from './community-ledger.js';
import { contentsOf, type LedgerEntry, type PublishedStatement } from './state.js';
import { firstQuarterHistory } from './testing/first-quarter.js';
import { publish } from './testing/fixtures.js';
import { verifyStatement } from './verify-statement.js';

const ledger = fold(communityLedger, firstQuarterHistory);
const statement = communityLedger.decide(publish(), ledger)[0]!.data as PublishedStatement;
const { entries, fees } = contentsOf(ledger);
const withEntry = (entryId: string, change: (entry: LedgerEntry) => LedgerEntry) =>
  entries.map((entry) => (entry.entryId === entryId ? change(entry) : entry));

describe('verifying a published statement', () => {
  it('agrees with the whole ledger it was published from', () =>
    expect(verifyStatement(statement, entries, fees)).toEqual({ ok: true, expectedSeal: statement.seal, actualSeal: statement.seal, differences: [] }));

  it('agrees with only the entries and fee records of its period', () => {
    const inQuarter = entries.filter((entry) => entry.date.startsWith('2025-0') && entry.date <= '2025-03-31');
    expect(verifyStatement(statement, inQuarter, fees.filter((fee) => fee.period !== '2024-12')).ok).toBe(true);
  });

  it('shows an amount altered after publication', () => {
    const result = verifyStatement(statement, withEntry('rev-002', (entry) => ({ ...entry, amountFen: 12_000 })), fees);
    expect(result.ok).toBe(false);
    expect(result.actualSeal).not.toBe(result.expectedSeal);
    expect(result.differences).toEqual([
      { kind: 'figure', field: 'revenueFen', published: 300_000, recomputed: 192_000 },
      { kind: 'figure', field: 'netFen', published: 105_000, recomputed: -3_000 },
      { kind: 'figure', field: 'revenueByCategory.lift_ads', published: 120_000, recomputed: 12_000 },
    ]);
  });

  it('shows an entry removed from the period', () =>
    expect(verifyStatement(statement, entries.filter((entry) => entry.entryId !== 'exp-002'), fees).differences).toEqual([
      { kind: 'figure', field: 'expenditureFen', published: 195_000, recomputed: 150_000 },
      { kind: 'figure', field: 'netFen', published: 105_000, recomputed: 150_000 },
      { kind: 'figure', field: 'expenditureByCategory.greening', published: 45_000, recomputed: 0 },
      { kind: 'missing_entry', entryId: 'exp-002' },
    ]));

  it('shows an entry moved into the period', () => {
    const result = verifyStatement(statement, withEntry('rev-004', (entry) => ({ ...entry, date: '2025-03-31' })), fees);
    expect(result.differences).toContainEqual({ kind: 'unexpected_entry', entryId: 'rev-004' });
    expect(result.ok).toBe(false);
  });

  it('fails on a changed detail that no total shows, through the seal alone', () => {
    const result = verifyStatement(statement, withEntry('exp-001', (entry) => ({ ...entry, counterparty: 'Someone else' })), fees);
    expect(result).toMatchObject({ ok: false, differences: [] });
    expect(result.actualSeal).not.toBe(result.expectedSeal);
  });

  it('shows fee records changed or removed', () => {
    const changed = fees.map((fee) => (fee.period === '2025-02' ? { ...fee, collectedFen: 4_000_000 } : fee));
    expect(verifyStatement(statement, entries, changed).differences).toContainEqual({
      kind: 'figure',
      field: 'feesCollectedFen',
      published: 12_480_000,
      recomputed: 12_880_000,
    });
    expect(verifyStatement(statement, entries, fees.filter((fee) => fee.period !== '2025-03')).differences).toContainEqual({
      kind: 'missing_fee_record',
      period: '2025-03',
    });
  });

  it('shows a fee record that appeared in the period', () => {
    const extra = { period: '2025-03', billedFen: 1, collectedFen: 0, billedHouseholds: 1, payingHouseholds: 0 };
    const withoutMarch = { ...statement, feePeriods: ['2025-01', '2025-02'] };
    expect(verifyStatement(withoutMarch, entries, [...fees.filter((fee) => fee.period !== '2025-03'), extra]).differences).toContainEqual({
      kind: 'unexpected_fee_record',
      period: '2025-03',
    });
  });

  it('shows a published figure edited after the fact, even though the entries are intact', () => {
    const result = verifyStatement({ ...statement, expenditureFen: 95_000 }, entries, fees);
    expect(result).toMatchObject({ ok: false, differences: [{ kind: 'figure', field: 'expenditureFen', published: 95_000, recomputed: 195_000 }] });
    expect(result.actualSeal).toBe(result.expectedSeal);
  });

  it('fails when the statement claims another period', () =>
    expect(verifyStatement({ ...statement, periodEnd: '2025-03-30' }, entries, fees).ok).toBe(false));

  it('does not vouch for a seal made with an encoding it does not know', () =>
    expect(verifyStatement({ ...statement, sealEncoding: 'linli.property.statement.v0' }, entries, fees)).toMatchObject({
      ok: false,
      differences: [{ kind: 'unsupported_seal_encoding', published: 'linli.property.statement.v0', supported: 'linli.property.statement.v1' }],
    }));
});
