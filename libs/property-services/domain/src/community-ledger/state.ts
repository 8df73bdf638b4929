import { assertNever } from '@linli/domain-kernel';
import type { IsoDate } from '../calendar/dates.js';
import type { PeriodKey } from '../calendar/periods.js';
import type { CommunityLedgerEvent, Posting, StatementPublished } from './events.js';

/** An entry as first recorded: revenue or expenditure, never edited afterwards. */
export type OriginalEntry = {
  kind: 'original';
  entryId: string;
  amountFen: number;
  date: IsoDate;
  counterparty: string;
  voucherRef: string | null;
} & Posting;

/** An entry cancelling an original one in full. */
export type ReversalEntry = {
  kind: 'reversal';
  entryId: string;
  reversedEntryId: string;
  amountFen: number;
  date: IsoDate;
  reason: string;
} & Posting;

export type LedgerEntry = OriginalEntry | ReversalEntry;

export interface FeeRecord {
  readonly period: PeriodKey;
  readonly billedFen: number;
  readonly collectedFen: number;
  readonly billedHouseholds: number;
  readonly payingHouseholds: number;
}

export type PublishedStatement = StatementPublished['data'];

/** The public ledger of one residential community: entries, monthly fee records and published statements. */
export type CommunityLedger =
  | { readonly status: 'none' }
  | {
      readonly status: 'kept';
      readonly communityId: string;
      readonly entries: readonly LedgerEntry[];
      readonly fees: readonly FeeRecord[];
      readonly statements: readonly PublishedStatement[];
    };

type Kept = Extract<CommunityLedger, { status: 'kept' }>;

export const initialState = (): CommunityLedger => ({ status: 'none' });

export function evolve(state: CommunityLedger, event: CommunityLedgerEvent): CommunityLedger {
  const ledger = kept(state, event.data.communityId);
  switch (event.type) {
    case 'property.RevenueRecorded': {
      const { communityId: _, ...entry } = event.data;
      return withEntry(ledger, { kind: 'original', direction: 'revenue', ...entry });
    }
    case 'property.ExpenditureRecorded': {
      const { communityId: _, ...entry } = event.data;
      return withEntry(ledger, { kind: 'original', direction: 'expenditure', ...entry });
    }
    case 'property.EntryReversed': {
      const { communityId: _, ...reversal } = event.data;
      return withEntry(ledger, { kind: 'reversal', ...reversal });
    }
    case 'property.FeesRecorded': {
      const { communityId: _, ...record } = event.data;
      return { ...ledger, fees: [...ledger.fees.filter((fee) => fee.period !== record.period), record] };
    }
    case 'property.StatementPublished':
      return { ...ledger, statements: [...ledger.statements, event.data] };
    default:
      return assertNever(event);
  }
}

/** Entries, fee records and statements of a ledger (empty when nothing was recorded yet). */
export function contentsOf(state: CommunityLedger): Pick<Kept, 'entries' | 'fees' | 'statements'> {
  return state.status === 'none' ? { entries: [], fees: [], statements: [] } : state;
}

/** The published statement whose period contains `date`, if that day is closed. */
export function statementClosing(state: CommunityLedger, date: IsoDate): PublishedStatement | undefined {
  return contentsOf(state).statements.find((statement) => statement.periodStart <= date && date <= statement.periodEnd);
}

function kept(state: CommunityLedger, communityId: string): Kept {
  return state.status === 'none' ? { status: 'kept', communityId, entries: [], fees: [], statements: [] } : state;
}

function withEntry(ledger: Kept, entry: LedgerEntry): Kept {
  return { ...ledger, entries: [...ledger.entries, entry] };
}
