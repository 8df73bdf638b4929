import type { DomainEvent } from '@linli/domain-kernel';
import type { IsoDate } from '../calendar/dates.js';
import type { PeriodKey } from '../calendar/periods.js';

export type RevenueCategory = 'parking' | 'advertising' | 'lift_ads' | 'venue_rental' | 'other';
export type ExpenditureCategory = 'repairs' | 'greening' | 'cleaning' | 'security' | 'other';
export const REVENUE_CATEGORIES: readonly RevenueCategory[] = ['parking', 'advertising', 'lift_ads', 'venue_rental', 'other'];
export const EXPENDITURE_CATEGORIES: readonly ExpenditureCategory[] = ['repairs', 'greening', 'cleaning', 'security', 'other'];

/** Which side of the public account an entry is on, with the categories of that side. */
export type Posting = { direction: 'revenue'; category: RevenueCategory } | { direction: 'expenditure'; category: ExpenditureCategory };

interface EntryRecorded {
  communityId: string;
  entryId: string;
  amountFen: number;
  date: IsoDate;
  counterparty: string;
  voucherRef: string | null;
}

/** Public revenue came in (parking, advertising, lift ads, venue rental...). */
export type RevenueRecorded = DomainEvent<'property.RevenueRecorded', EntryRecorded & { category: RevenueCategory }>;

/** Public money was spent (repairs, greening, cleaning, security...). */
export type ExpenditureRecorded = DomainEvent<'property.ExpenditureRecorded', EntryRecorded & { category: ExpenditureCategory }>;

/** A correction: a new entry on `date` that cancels `reversedEntryId` in full (same side, category and amount). */
export type EntryReversed = DomainEvent<
  'property.EntryReversed',
  { communityId: string; entryId: string; reversedEntryId: string; amountFen: number; date: IsoDate; reason: string } & Posting
>;

/** Property fees billed and collected for a month; a later record for the same open month supersedes it. */
export type FeesRecorded = DomainEvent<
  'property.FeesRecorded',
  { communityId: string; period: PeriodKey; billedFen: number; collectedFen: number; billedHouseholds: number; payingHouseholds: number }
>;

/**
 * The owners' committee closed a month or quarter and published its statement (收支公示). Totals
 * are net of reversals dated in the period; `seal` is the SHA-256 of the canonical encoding
 * `sealEncoding` of the entries (by id) and fee records (by month) it covers.
 */
export type StatementPublished = DomainEvent<
  'property.StatementPublished',
  {
    communityId: string;
    period: PeriodKey;
    periodStart: IsoDate;
    periodEnd: IsoDate;
    feePeriods: PeriodKey[];
    feesBilledFen: number;
    feesCollectedFen: number;
    billedHouseholds: number;
    payingHouseholds: number;
    /** Collected over billed in basis points (10000 = all), rounded down; null when nothing was billed. */
    feeCollectionRateBp: number | null;
    revenueFen: number;
    expenditureFen: number;
    /** Revenue minus expenditure. */
    netFen: number;
    revenueByCategory: Record<RevenueCategory, number>;
    expenditureByCategory: Record<ExpenditureCategory, number>;
    entryIds: string[];
    sealEncoding: string;
    seal: string;
    publishedOn: IsoDate;
    /** The last day on which publication counts as on schedule. */
    deadline: IsoDate;
    onTime: boolean;
  }
>;

/** Everything recorded in the public ledger of one residential community. */
export type CommunityLedgerEvent = RevenueRecorded | ExpenditureRecorded | EntryReversed | FeesRecorded | StatementPublished;
