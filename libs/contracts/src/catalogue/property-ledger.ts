import type { JsonSchema } from '../json-schema.js';
import { byCommunity, v1On } from './channel.js';
import { boolean, codes, count, date, fen, id, idSet, month, payload, signedFen } from './schema-parts.js';
import { PROPERTY_TOPIC } from './topics.js';

// The public ledger of a residential community: public revenue and expenditure, fee records and
// the statements that close a period (收支公示). Counterparties, vouchers and reversal reasons stay
// private: they may name people. Amounts are whole fen.

const v1 = v1On({ topic: PROPERTY_TOPIC, source: '/linli/property-services' });

export const REVENUE_CATEGORIES = ['parking', 'advertising', 'lift_ads', 'venue_rental', 'other'] as const;
export const EXPENDITURE_CATEGORIES = ['repairs', 'greening', 'cleaning', 'security', 'other'] as const;
type RevenueCategory = (typeof REVENUE_CATEGORIES)[number];
type ExpenditureCategory = (typeof EXPENDITURE_CATEGORIES)[number];
/** A statement's period: a month `YYYY-MM` or a quarter `YYYY-Qn`. */
const period: JsonSchema = { type: 'string', pattern: '^[0-9]{4}-((0[1-9]|1[0-2])|Q[1-4])$' };
const amount: JsonSchema = { ...fen, minimum: 1 };

export interface RevenueRecordedV1 {
  communityId: string;
  entryId: string;
  category: RevenueCategory;
  amountFen: number;
  date: string;
}

/** Public revenue came in (parking, advertising, lift ads, venue rental…). */
export const revenueRecordedV1 = v1<RevenueRecordedV1>({
  type: 'cn.linli.property.revenue-recorded.v1',
  summary: "Public revenue of a residential community was entered in its ledger.",
  schema: payload('RevenueRecordedV1', { communityId: id, entryId: id, category: codes(REVENUE_CATEGORIES), amountFen: amount, date }),
  example: { communityId: 'rc-qianyue-1', entryId: 'rev-2025-101', category: 'parking', amountFen: 360_000, date: '2025-10-15' },
  partitionKey: byCommunity,
});

export interface ExpenditureRecordedV1 {
  communityId: string;
  entryId: string;
  category: ExpenditureCategory;
  amountFen: number;
  date: string;
}

/** Public money was spent (repairs, greening, cleaning, security…). */
export const expenditureRecordedV1 = v1<ExpenditureRecordedV1>({
  type: 'cn.linli.property.expenditure-recorded.v1',
  summary: "Public expenditure of a residential community was entered in its ledger.",
  schema: payload('ExpenditureRecordedV1', { communityId: id, entryId: id, category: codes(EXPENDITURE_CATEGORIES), amountFen: amount, date }),
  example: { communityId: 'rc-qianyue-1', entryId: 'exp-2025-044', category: 'repairs', amountFen: 150_000, date: '2025-11-02' },
  partitionKey: byCommunity,
});

export interface EntryReversedV1 {
  communityId: string;
  entryId: string;
  reversedEntryId: string;
  /** The side of the entry reversed; `category` is one of that side's categories. */
  direction: 'revenue' | 'expenditure';
  category: RevenueCategory | ExpenditureCategory;
  amountFen: number;
  date: string;
}

/** A correction: a new entry on `date` cancelling `reversedEntryId` in full, on the same side and category. */
export const entryReversedV1 = v1<EntryReversedV1>({
  type: 'cn.linli.property.entry-reversed.v1',
  summary: 'A ledger entry was reversed in full by a correcting entry.',
  schema: payload('EntryReversedV1', {
    communityId: id,
    entryId: id,
    reversedEntryId: id,
    direction: codes(['revenue', 'expenditure']),
    category: codes([...new Set([...REVENUE_CATEGORIES, ...EXPENDITURE_CATEGORIES])]),
    amountFen: amount,
    date,
  }),
  example: { communityId: 'rc-qianyue-1', entryId: 'rev-2025-101-r', reversedEntryId: 'rev-2025-101', direction: 'revenue', category: 'parking', amountFen: 360_000, date: '2025-11-01' },
  partitionKey: byCommunity,
});

export interface FeesCollectedV1 {
  communityId: string;
  period: string;
  billedFen: number;
  collectedFen: number;
  billedHouseholds: number;
  payingHouseholds: number;
}

/** Property fees billed and collected for a month (a later event for the month supersedes it). */
export const feesCollectedV1 = v1<FeesCollectedV1>({
  type: 'cn.linli.property.fees-collected.v1',
  summary: 'Property fees billed and collected for a month were recorded.',
  schema: payload('FeesCollectedV1', { communityId: id, period: month, billedFen: fen, collectedFen: fen, billedHouseholds: count, payingHouseholds: count }),
  example: { communityId: 'rc-qianyue-1', period: '2025-11', billedFen: 9_216_000, collectedFen: 8_601_600, billedHouseholds: 640, payingHouseholds: 598 },
  partitionKey: byCommunity,
});

export interface StatementPublishedV1 {
  communityId: string;
  period: string;
  periodStart: string;
  periodEnd: string;
  feePeriods: string[];
  feesBilledFen: number;
  feesCollectedFen: number;
  billedHouseholds: number;
  payingHouseholds: number;
  feeCollectionRateBp: number | null;
  revenueFen: number;
  expenditureFen: number;
  netFen: number;
  entryIds: string[];
  sealEncoding: string;
  seal: string;
  publishedOn: string;
  deadline: string;
  onTime: boolean;
}

/**
 * The owners' committee closed a month or quarter and published its statement. Totals are net of
 * reversals dated in the period (so revenue or expenditure can be negative); `entryIds` and
 * `feePeriods` say which public entries and fee records the totals cover. The seal also covers
 * private details (counterparties, vouchers), so only the property service can re-verify it.
 */
export const statementPublishedV1 = v1<StatementPublishedV1>({
  type: 'cn.linli.property.statement-published.v1',
  summary: 'A statement of fees and public revenue and expenditure was published (收支公示).',
  schema: payload('StatementPublishedV1', {
    communityId: id,
    period,
    periodStart: date,
    periodEnd: date,
    feePeriods: { type: 'array', items: month, uniqueItems: true },
    feesBilledFen: fen,
    feesCollectedFen: fen,
    billedHouseholds: count,
    payingHouseholds: count,
    feeCollectionRateBp: { type: ['integer', 'null'], minimum: 0, maximum: 10_000 },
    revenueFen: signedFen,
    expenditureFen: signedFen,
    netFen: signedFen,
    entryIds: idSet,
    sealEncoding: id,
    seal: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    publishedOn: date,
    deadline: { ...date, description: 'The last day on which publication counts as on schedule.' },
    onTime: boolean,
  }),
  example: {
    communityId: 'rc-qianyue-1',
    period: '2025-Q4',
    periodStart: '2025-10-01',
    periodEnd: '2025-12-31',
    feePeriods: ['2025-10', '2025-11', '2025-12'],
    feesBilledFen: 27_648_000,
    feesCollectedFen: 25_804_800,
    billedHouseholds: 1_920,
    payingHouseholds: 1_792,
    feeCollectionRateBp: 9333,
    revenueFen: 1_250_000,
    expenditureFen: 980_000,
    netFen: 270_000,
    entryIds: ['exp-2025-044', 'rev-2025-101', 'rev-2025-101-r'],
    sealEncoding: 'linli.property.statement.v1',
    seal: 'a'.repeat(64),
    publishedOn: '2026-01-10',
    deadline: '2026-01-15',
    onTime: true,
  },
  partitionKey: byCommunity,
});
