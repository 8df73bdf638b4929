import { DomainRuleViolation, NotFound } from '@linli/domain-kernel';
import fc from 'fast-check';
import { addDays, businessDateOf } from '../../calendar/dates.js';
import type { CommunityLedgerCommand } from '../commands.js';
import { communityLedger } from '../community-ledger.js';
import { EXPENDITURE_CATEGORIES, REVENUE_CATEGORIES, type CommunityLedgerEvent } from '../events.js';
import type { CommunityLedger } from '../state.js';
import { publish, recordExpenditure, recordFees, recordRevenue, reverse } from './fixtures.js';

/** One command of a random history, with the days that pass before it is issued. */
type Step = { readonly advanceDays: number; readonly command: (now: string) => CommunityLedgerCommand };

// Few ids, so that duplicates, double reversals and reversals of reversals come up often.
const entryId = fc.integer({ min: 1, max: 40 }).map((n) => `e${n}`);
const reversalId = fc.integer({ min: 1, max: 20 }).map((n) => `r${n}`);
const daysBack = fc.nat(75);
const dayBefore = (now: string, back: number) => addDays(businessDateOf(now), -back);
// Up to 110 %, so that collecting more than was billed comes up too.
const share = (whole: number, percent: number) => Math.floor((whole * percent) / 100);
const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];
const periods = [...months, '2025-Q1', '2025-Q2'];

const amountFen = fc.integer({ min: 1, max: 5_000_000 });
const revenue = fc.record({ entryId, back: daysBack, amountFen, category: fc.constantFrom(...REVENUE_CATEGORIES) });
const expenditure = fc.record({ entryId, back: daysBack, amountFen, category: fc.constantFrom(...EXPENDITURE_CATEGORIES) });
// Now and then the target is a reversal itself, which must be refused.
const reversedEntryId = fc.oneof({ weight: 4, arbitrary: entryId }, { weight: 1, arbitrary: reversalId });
const reversal = fc.record({ entryId: reversalId, reversedEntryId, back: daysBack });
const fees = fc.record({ period: fc.constantFrom(...months), billedFen: fc.nat(10_000_000), percent: fc.nat(110), billedHouseholds: fc.nat(800) });

const step: fc.Arbitrary<Step> = fc.record({
  advanceDays: fc.nat(6),
  command: fc.oneof(
    { weight: 4, arbitrary: revenue.map(({ back, ...data }) => (now: string) => recordRevenue({ ...data, date: dayBefore(now, back) }, now)) },
    { weight: 3, arbitrary: expenditure.map(({ back, ...data }) => (now: string) => recordExpenditure({ ...data, date: dayBefore(now, back) }, now)) },
    { weight: 3, arbitrary: reversal.map(({ back, ...data }) => (now: string) => reverse({ ...data, date: dayBefore(now, back) }, now)) },
    {
      weight: 1,
      arbitrary: fees.map(({ percent, ...data }) => (now: string) =>
        recordFees({ ...data, collectedFen: share(data.billedFen, percent), payingHouseholds: share(data.billedHouseholds, percent) }, now),
      ),
    },
    { weight: 2, arbitrary: fc.constantFrom(...periods).map((period) => (now: string) => publish({ period }, now)) },
  ),
});

/** Up to 80 commands issued from 2025-01-01 onwards, days apart. */
export const randomHistory = fc.array(step, { maxLength: 80, size: 'max' });

/** What came of running a random history: the events accepted, in order, and the codes of the commands refused. */
export interface Outcome {
  readonly state: CommunityLedger;
  readonly events: CommunityLedgerEvent[];
  readonly refusals: string[];
}

/** Issues every command of a history in turn, as the application would, keeping what the ledger accepted. */
export function run(steps: readonly Step[]): Outcome {
  let now = Date.parse('2025-01-01T02:00:00Z');
  let state = communityLedger.initialState();
  const events: CommunityLedgerEvent[] = [];
  const refusals: string[] = [];
  for (const { advanceDays, command } of steps) {
    now += advanceDays * 86_400_000;
    try {
      for (const event of communityLedger.decide(command(new Date(now).toISOString()), state)) {
        state = communityLedger.evolve(state, event);
        events.push(event);
      }
    } catch (error) {
      if (error instanceof DomainRuleViolation) refusals.push(error.code);
      else if (error instanceof NotFound) refusals.push('NotFound');
      else throw error;
    }
  }
  return { state, events, refusals };
}
