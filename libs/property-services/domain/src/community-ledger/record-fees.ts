import { DomainRuleViolation } from '@linli/domain-kernel';
import { isMonthKey } from '../calendar/periods.js';
import type { RecordFees } from './commands.js';
import type { CommunityLedgerEvent } from './events.js';
import { requirePeriodOpen } from './guards.js';
import { contentsOf, type CommunityLedger } from './state.js';

/**
 * Records the fees billed and collected for a month. Collection goes on during the month, so a
 * new record for an open month supersedes the last one; the same figures again change nothing.
 */
export function recordFees({ data }: RecordFees, state: CommunityLedger): CommunityLedgerEvent[] {
  const { communityId, period, billedFen, collectedFen, billedHouseholds, payingHouseholds } = data;
  if (!isMonthKey(period)) throw new DomainRuleViolation('InvalidPeriod', `fees are recorded per month (YYYY-MM), not ${period}`);
  for (const [name, value] of Object.entries({ billedFen, collectedFen, billedHouseholds, payingHouseholds }))
    if (!Number.isSafeInteger(value) || value < 0)
      throw new DomainRuleViolation('InvalidFeeFigures', `${name} must be a whole number of at least 0, not ${value}`);
  if (collectedFen > billedFen)
    throw new DomainRuleViolation('CollectedExceedsBilled', `collected ${collectedFen} fen exceeds billed ${billedFen} fen`);
  if (payingHouseholds > billedHouseholds)
    throw new DomainRuleViolation('PayingHouseholdsExceedBilled', `${payingHouseholds} paying households exceed the ${billedHouseholds} billed`);
  requirePeriodOpen(state, `${period}-01`);
  const record = { period, billedFen, collectedFen, billedHouseholds, payingHouseholds };
  const last = contentsOf(state).fees.find((fee) => fee.period === period);
  if (last && (Object.keys(record) as Array<keyof typeof record>).every((key) => last[key] === record[key])) return [];
  return [{ type: 'property.FeesRecorded', data: { communityId, ...record } }];
}
