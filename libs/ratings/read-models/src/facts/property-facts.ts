import {
  contractRenewedV1, contractSignedV1, contractTerminatedV1, entryReversedV1, expenditureRecordedV1, feesCollectedV1, revenueRecordedV1, statementPublishedV1,
  type ContractRenewedV1, type ContractSignedV1, type ContractTerminatedV1, type EntryReversedV1, type ExpenditureRecordedV1, type FeesCollectedV1,
  type RevenueRecordedV1, type StatementPublishedV1,
} from '@linli/contracts';
import { sourceOf } from '../support/evidence.js';
import { entryOf, withEntry } from '../support/maps.js';
import type { CommunityFacts, ContractFact, LedgerEntry } from './community-facts.js';
import { handle, type FactHandler } from './handler.js';

const contract = <Data extends { contractId: string }>(change: (fact: ContractFact, data: Data, source: ReturnType<typeof sourceOf>) => ContractFact) =>
  handle<Data>('contracts', (facts, d, event) => ({
    ...facts,
    contracts: withEntry(facts.contracts, d.contractId, change(entryOf(facts.contracts, d.contractId) ?? {}, d, sourceOf(event))),
  }));

const ledger = (facts: CommunityFacts, entryId: string, entry: LedgerEntry): CommunityFacts => ({ ...facts, ledger: withEntry(facts.ledger, entryId, entry) });

const entry = (direction: LedgerEntry['direction']) =>
  handle<RevenueRecordedV1 | ExpenditureRecordedV1>('ledger', (facts, d, event) => ledger(facts, d.entryId, { ...sourceOf(event), direction, reversal: false, amountFen: d.amountFen, date: d.date }));

/** The property-services events that are facts of one community. */
export const propertyFacts: Readonly<Record<string, FactHandler>> = {
  [contractSignedV1.type]: contract<ContractSignedV1>((fact, d, source) => ({ ...fact, signed: { ...source, companyId: d.companyId, periodStart: d.periodStart, periodEnd: d.periodEnd } })),
  [contractRenewedV1.type]: contract<ContractRenewedV1>((fact, d, source) => ({ ...fact, renewals: withEntry(fact.renewals, source.eventId, { ...source, periodEnd: d.periodEnd }) })),
  [contractTerminatedV1.type]: contract<ContractTerminatedV1>((fact, d, source) => ({ ...fact, terminated: { ...source, terminationDate: d.terminationDate, coveredUntil: d.coveredUntil } })),
  [feesCollectedV1.type]: handle<FeesCollectedV1>('fees', (facts, d, event) => ({
    ...facts,
    fees: withEntry(facts.fees, d.period, withEntry(entryOf(facts.fees, d.period), event.eventId, { ...sourceOf(event), billedFen: d.billedFen, collectedFen: d.collectedFen })),
  })),
  [revenueRecordedV1.type]: entry('revenue'),
  [expenditureRecordedV1.type]: entry('expenditure'),
  [entryReversedV1.type]: handle<EntryReversedV1>('ledger', (facts, d, event) =>
    ledger(facts, d.entryId, { ...sourceOf(event), direction: d.direction, reversal: true, amountFen: d.amountFen, date: d.date }),
  ),
  [statementPublishedV1.type]: handle<StatementPublishedV1>('statements', (facts, d, event) => ({
    ...facts,
    statements: withEntry(facts.statements, event.eventId, {
      ...sourceOf(event),
      period: d.period,
      periodStart: d.periodStart,
      periodEnd: d.periodEnd,
      publishedOn: d.publishedOn,
      deadline: d.deadline,
      onTime: d.onTime,
      feePeriods: [...d.feePeriods],
      entryIds: [...d.entryIds],
      feesBilledFen: d.feesBilledFen,
      feesCollectedFen: d.feesCollectedFen,
      revenueFen: d.revenueFen,
      expenditureFen: d.expenditureFen,
    }),
  })),
};
