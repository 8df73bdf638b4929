import fc from 'fast-check';
import { isWithin } from '../calendar/dates.js';
import type { CommunityLedgerEvent, StatementPublished } from './events.js';
import { contentsOf, type LedgerEntry } from './state.js';
import { randomHistory, run } from './testing/random-history.js';
import { verifyStatement } from './verify-statement.js';

const statementsIn = (events: CommunityLedgerEvent[]) =>
  events.flatMap((event, index) => (event.type === 'property.StatementPublished' ? [{ statement: event.data, index }] : []));

/** The day an accepted event puts money or fees on, if any. */
function dayOf(event: CommunityLedgerEvent): string | null {
  if (event.type === 'property.FeesRecorded') return `${event.data.period}-01`;
  return event.type === 'property.StatementPublished' ? null : event.data.date;
}

/** Net totals of a period, summed straight from the events, independently of the ledger's own arithmetic. */
function netTotals(events: CommunityLedgerEvent[], { periodStart, periodEnd }: StatementPublished['data']) {
  const byCategory: Record<string, number> = {};
  const add = (key: string, amount: number) => (byCategory[key] = (byCategory[key] ?? 0) + amount);
  const latestFees = new Map<string, { billedFen: number; collectedFen: number }>();
  for (const event of events) {
    const day = dayOf(event);
    if (day === null || !isWithin(day, periodStart, periodEnd)) continue;
    if (event.type === 'property.RevenueRecorded') add(`revenue.${event.data.category}`, event.data.amountFen);
    if (event.type === 'property.ExpenditureRecorded') add(`expenditure.${event.data.category}`, event.data.amountFen);
    if (event.type === 'property.EntryReversed') add(`${event.data.direction}.${event.data.category}`, -event.data.amountFen);
    if (event.type === 'property.FeesRecorded') latestFees.set(event.data.period, event.data);
  }
  const total = (side: string) => Object.entries(byCategory).reduce((sum, [key, amount]) => (key.startsWith(side) ? sum + amount : sum), 0);
  const fees = [...latestFees.values()];
  return {
    revenueFen: total('revenue.'),
    expenditureFen: total('expenditure.'),
    feesBilledFen: fees.reduce((sum, fee) => sum + fee.billedFen, 0),
    feesCollectedFen: fees.reduce((sum, fee) => sum + fee.collectedFen, 0),
    byCategory,
  };
}

function publishedByCategory({ revenueByCategory, expenditureByCategory }: StatementPublished['data']) {
  const entries = [
    ...Object.entries(revenueByCategory).map(([category, amount]) => [`revenue.${category}`, amount] as const),
    ...Object.entries(expenditureByCategory).map(([category, amount]) => [`expenditure.${category}`, amount] as const),
  ];
  return Object.fromEntries(entries.filter(([, amount]) => amount !== 0));
}

describe('any history of entries, corrections, fee records and statements', () => {
  it('publishes statements whose totals are the net sums of their period', () =>
    fc.assert(
      fc.property(randomHistory, (steps) => {
        const { events } = run(steps);
        for (const { statement } of statementsIn(events)) {
          const expected = netTotals(events, statement);
          const { revenueFen, expenditureFen } = expected;
          expect(statement).toMatchObject({ revenueFen, expenditureFen, netFen: revenueFen - expenditureFen });
          expect(statement).toMatchObject({ feesBilledFen: expected.feesBilledFen, feesCollectedFen: expected.feesCollectedFen });
          expect(publishedByCategory(statement)).toEqual(Object.fromEntries(Object.entries(expected.byCategory).filter(([, amount]) => amount !== 0)));
        }
      }),
    ));

  it('publishes statements that still verify against the final ledger', () =>
    fc.assert(
      fc.property(randomHistory, (steps) => {
        const { state, events } = run(steps);
        const { entries, fees } = contentsOf(state);
        for (const { statement } of statementsIn(events)) expect(verifyStatement(statement, entries, fees)).toMatchObject({ ok: true, differences: [] });
      }),
    ));

  it('never lets an entry or fee record land in a period after its statement', () =>
    fc.assert(
      fc.property(randomHistory, (steps) => {
        const { events } = run(steps);
        for (const { statement, index } of statementsIn(events))
          for (const later of events.slice(index + 1)) {
            const day = dayOf(later);
            if (day !== null) expect(isWithin(day, statement.periodStart, statement.periodEnd)).toBe(false);
          }
      }),
    ));

  it('reverses an entry at most once, and never a reversal', () =>
    fc.assert(
      fc.property(randomHistory, (steps) => {
        const { entries } = contentsOf(run(steps).state);
        const reversals = entries.filter((entry): entry is Extract<LedgerEntry, { kind: 'reversal' }> => entry.kind === 'reversal');
        const targets = reversals.map((entry) => entry.reversedEntryId);
        expect(new Set(targets).size).toBe(targets.length);
        for (const target of targets) expect(entries.find((entry) => entry.entryId === target)?.kind).toBe('original');
      }),
    ));

  it('detects any covered entry whose amount is changed afterwards', () =>
    fc.assert(
      fc.property(randomHistory, fc.nat(), (steps, pick) => {
        const { state, events } = run(steps);
        const { entries, fees } = contentsOf(state);
        for (const { statement } of statementsIn(events)) {
          if (statement.entryIds.length === 0) continue;
          const tampered = statement.entryIds[pick % statement.entryIds.length];
          const altered = entries.map((entry) => (entry.entryId === tampered ? { ...entry, amountFen: entry.amountFen + 1 } : entry));
          expect(verifyStatement(statement, altered, fees).ok).toBe(false);
        }
      }),
    ));

  it('is generated rich enough to exercise those rules', () => {
    const outcomes = fc.sample(randomHistory, { numRuns: 200, seed: 42 }).map(run);
    const statements = outcomes.flatMap(({ events }) => statementsIn(events));
    const refusals = outcomes.flatMap(({ refusals: codes }) => codes);
    expect(statements.filter(({ statement }) => statement.entryIds.length > 0).length).toBeGreaterThan(50);
    expect(statements.some(({ statement }) => statement.entryIds.some((id) => id.startsWith('r')))).toBe(true);
    expect(statements.some(({ statement }) => statement.revenueFen < 0 || statement.expenditureFen < 0)).toBe(true);
    for (const code of ['PeriodClosed', 'EntryAlreadyExists', 'EntryAlreadyReversed', 'CannotReverseAReversal', 'StatementAlreadyPublished', 'PeriodNotEnded'])
      expect(refusals).toContain(code);
  });
});
