import { metadata } from '../../testing/metadata.js';
import type { PublishStatement, RecordExpenditure, RecordFees, RecordRevenue, ReverseEntry } from '../commands.js';
import type { EntryReversed, ExpenditureRecorded, FeesRecorded, RevenueRecorded, StatementPublished } from '../events.js';
import { sealOf, SEAL_ENCODING } from '../seal.js';

export const COMMUNITY_ID = 'yingbin-garden';
/** Default `now` of the fixtures: 2025-04-10 in China, ten days after the first quarter ended. */
export const NOW = '2025-04-10T02:00:00Z';

const revenue = { entryId: 'rev-001', amountFen: 360_000, date: '2025-01-15', category: 'parking' as const, counterparty: 'Parking operator Li', voucherRef: 'V-2025-001' };
const expenditure = { entryId: 'exp-001', amountFen: 150_000, date: '2025-02-10', category: 'repairs' as const, counterparty: 'Lift maintenance team', voucherRef: null };
const reversal = { entryId: 'rev-001-r', reversedEntryId: 'rev-001', date: '2025-02-01', reason: 'January parking was entered twice' };
const fees = { period: '2025-01', billedFen: 4_800_000, collectedFen: 4_320_000, billedHouseholds: 600, payingHouseholds: 540 };

export const recordRevenue = (data: Partial<RecordRevenue['data']> = {}, now = NOW): RecordRevenue => ({
  type: 'RecordRevenue',
  data: { communityId: COMMUNITY_ID, ...revenue, ...data },
  metadata: metadata(now),
});

export const recordExpenditure = (data: Partial<RecordExpenditure['data']> = {}, now = NOW): RecordExpenditure => ({
  type: 'RecordExpenditure',
  data: { communityId: COMMUNITY_ID, ...expenditure, ...data },
  metadata: metadata(now),
});

export const reverse = (data: Partial<ReverseEntry['data']> = {}, now = NOW): ReverseEntry => ({
  type: 'ReverseEntry',
  data: { communityId: COMMUNITY_ID, ...reversal, ...data },
  metadata: metadata(now),
});

export const recordFees = (data: Partial<RecordFees['data']> = {}, now = NOW): RecordFees => ({
  type: 'RecordFees',
  data: { communityId: COMMUNITY_ID, ...fees, ...data },
  metadata: metadata(now),
});

export const publish = (data: Partial<PublishStatement['data']> = {}, now = NOW): PublishStatement => ({
  type: 'PublishStatement',
  data: { communityId: COMMUNITY_ID, period: '2025-Q1', ...data },
  metadata: metadata(now),
});

export const revenueRecorded = (data: Partial<RevenueRecorded['data']> = {}): RevenueRecorded => ({
  type: 'property.RevenueRecorded',
  data: { communityId: COMMUNITY_ID, ...revenue, ...data },
});

export const expenditureRecorded = (data: Partial<ExpenditureRecorded['data']> = {}): ExpenditureRecorded => ({
  type: 'property.ExpenditureRecorded',
  data: { communityId: COMMUNITY_ID, ...expenditure, ...data },
});

/** Reverses the default revenue entry unless told otherwise. */
export const entryReversed = (data: Partial<EntryReversed['data']> = {}): EntryReversed =>
  ({
    type: 'property.EntryReversed',
    data: { communityId: COMMUNITY_ID, ...reversal, amountFen: revenue.amountFen, direction: 'revenue', category: revenue.category, ...data },
  }) as EntryReversed;

export const feesRecorded = (data: Partial<FeesRecorded['data']> = {}): FeesRecorded => ({
  type: 'property.FeesRecorded',
  data: { communityId: COMMUNITY_ID, ...fees, ...data },
});

/** The statement of an empty first quarter of 2025 published on 2025-04-10; override what the history adds. */
export const statementPublished = (data: Partial<StatementPublished['data']> = {}): StatementPublished => ({
  type: 'property.StatementPublished',
  data: {
    communityId: COMMUNITY_ID,
    period: '2025-Q1',
    periodStart: '2025-01-01',
    periodEnd: '2025-03-31',
    feePeriods: [],
    feesBilledFen: 0,
    feesCollectedFen: 0,
    billedHouseholds: 0,
    payingHouseholds: 0,
    feeCollectionRateBp: null,
    revenueFen: 0,
    expenditureFen: 0,
    netFen: 0,
    revenueByCategory: { parking: 0, advertising: 0, lift_ads: 0, venue_rental: 0, other: 0 },
    expenditureByCategory: { repairs: 0, greening: 0, cleaning: 0, security: 0, other: 0 },
    entryIds: [],
    sealEncoding: SEAL_ENCODING,
    seal: sealOf({ communityId: COMMUNITY_ID, period: '2025-Q1', periodStart: '2025-01-01', periodEnd: '2025-03-31', entries: [], fees: [] }),
    publishedOn: '2025-04-10',
    deadline: '2025-04-15',
    onTime: true,
    ...data,
  },
});
