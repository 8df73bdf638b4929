import type { Indicator, Indicators } from '@linli/ratings-domain';
import type { CommunityFacts, ContractFact, FeeRecord, StatementFact } from '../facts/community-facts.js';
import { contains, daysOf, within } from '../support/dates.js';
import { latest, type Source } from '../support/evidence.js';
import { entryOf, valuesOf } from '../support/maps.js';
import { measured, noData, ratio, type Period } from './measure.js';

/** The last day a contract covers: its end as last renewed, cut short by a termination. */
function coveredUntil(contract: ContractFact): string | null {
  if (!contract.signed) return null;
  const end = latest(valuesOf(contract.renewals))?.periodEnd ?? contract.signed.periodEnd;
  return contract.terminated && contract.terminated.coveredUntil < end ? contract.terminated.coveredUntil : end;
}

/** Whether a contract covers `day`, and the events that say so. */
export function contractsInForce(facts: CommunityFacts | null, day: string): { inForce: boolean; sources: Source[] } {
  const covering = valuesOf(facts?.contracts).filter((c) => c.signed !== undefined && c.signed.periodStart <= day && (coveredUntil(c) ?? '') >= day);
  const sources = covering.flatMap((c) => [c.signed, ...valuesOf(c.renewals), c.terminated]).filter((s): s is NonNullable<typeof s> => s !== undefined);
  return { inForce: covering.length > 0, sources };
}

/** The fee record of a month that stands (the latest), optionally as it stood before a position. */
const feeOf = (facts: CommunityFacts | null, month: string, before?: string): FeeRecord | undefined =>
  latest(valuesOf(entryOf(facts?.fees, month)).filter((record) => before === undefined || record.position < before));

/** Whether a published statement agrees with the public ledger and fee records as they stood when it was published. */
function agreesWithLedger(facts: CommunityFacts | null, statement: StatementFact): { agrees: boolean; sources: Source[] } {
  const totals = { revenue: 0, expenditure: 0 };
  const sources: Source[] = [statement];
  let complete = true;
  for (const entryId of statement.entryIds) {
    const entry = entryOf(facts?.ledger, entryId);
    if (entry === undefined || entry.position > statement.position) {
      complete = false;
      continue;
    }
    totals[entry.direction] += entry.reversal ? -entry.amountFen : entry.amountFen;
    sources.push(entry);
  }
  const fees = { billed: 0, collected: 0 };
  for (const month of statement.feePeriods) {
    const record = feeOf(facts, month, statement.position);
    if (record === undefined) {
      complete = false;
      continue;
    }
    fees.billed += record.billedFen;
    fees.collected += record.collectedFen;
    sources.push(record);
  }
  const agrees =
    complete && totals.revenue === statement.revenueFen && totals.expenditure === statement.expenditureFen && fees.billed === statement.feesBilledFen && fees.collected === statement.feesCollectedFen;
  return { agrees, sources };
}

/** The property measures of a community for a period: coverage, fee collection, statements. */
export function propertyIndicators(facts: CommunityFacts | null, period: Period): Indicators {
  const coverage = contractsInForce(facts, period.last);
  const known = facts?.registration !== undefined || valuesOf(facts?.contracts).length > 0;
  const months = Object.keys(facts?.fees ?? {}).filter((month) => within(`${month}-01`, period));
  const records = months.map((month) => feeOf(facts, month)).filter((r): r is FeeRecord => r !== undefined);
  const billed = records.reduce((sum, r) => sum + r.billedFen, 0);
  const collected = records.reduce((sum, r) => sum + r.collectedFen, 0);
  const statements = valuesOf(facts?.statements).filter((s) => {
    const days = daysOf(s.period);
    return days !== null && contains(period, days);
  });
  const checks = statements.map((s) => agreesWithLedger(facts, s));
  const verified: Indicator =
    statements.length === 0 ? noData : measured(checks.filter((c) => c.agrees).length / statements.length, checks.flatMap((c) => c.sources));
  return {
    contract_in_force: known ? measured(coverage.inForce, coverage.inForce ? coverage.sources : facts?.registration ? [facts.registration] : []) : noData,
    fee_collection_rate: billed > 0 ? measured(Math.min(1, collected / billed), records) : noData,
    statements_on_time: ratio(statements.filter((s) => s.onTime).length, statements.length, statements),
    statements_verified: verified,
  };
}
