import type { Command } from '@linli/domain-kernel';
import type { IsoDate } from '../calendar/dates.js';
import type { PeriodKey } from '../calendar/periods.js';
import type { ExpenditureCategory, RevenueCategory } from './events.js';

interface EntryData {
  communityId: string;
  entryId: string;
  amountFen: number;
  /** The day the money moved (a business date in China), not the day it is typed in. */
  date: IsoDate;
  counterparty: string;
  voucherRef?: string | null;
}

export type RecordRevenue = Command<'RecordRevenue', EntryData & { category: RevenueCategory }>;
export type RecordExpenditure = Command<'RecordExpenditure', EntryData & { category: ExpenditureCategory }>;

/** Corrects an entry by cancelling it with a new entry `entryId` dated `date`; re-enter the right figures separately. */
export type ReverseEntry = Command<'ReverseEntry', { communityId: string; entryId: string; reversedEntryId: string; date: IsoDate; reason: string }>;

export type RecordFees = Command<
  'RecordFees',
  { communityId: string; period: PeriodKey; billedFen: number; collectedFen: number; billedHouseholds: number; payingHouseholds: number }
>;

/**
 * Closes a month (`YYYY-MM`) or quarter (`YYYY-Qn`) and publishes its statement. The application
 * passes `publicationDeadlineDays` from its configuration (default 15 days after the period ends).
 */
export type PublishStatement = Command<'PublishStatement', { communityId: string; period: PeriodKey; publicationDeadlineDays?: number }>;

export type CommunityLedgerCommand = RecordRevenue | RecordExpenditure | ReverseEntry | RecordFees | PublishStatement;
