import type { ExpenditureCategory, RevenueCategory } from '@linli/property-services-domain';
import type { Projection } from '@linli/projections';
import { communityScopedId, eventOfType, sequenceOf, type PropertyEventOf } from '../property-event.js';

/** One line of a community's public ledger: an original entry or a reversal. */
export interface LedgerEntryDoc {
  readonly communityId: string;
  readonly entryId: string;
  readonly kind: 'original' | 'reversal';
  readonly direction: 'revenue' | 'expenditure';
  readonly category: RevenueCategory | ExpenditureCategory;
  /** Always positive; `revenueFen`/`expenditureFen` carry the sign a reversal gives it. */
  readonly amountFen: number;
  readonly date: string;
  readonly counterparty: string | null;
  readonly voucherRef: string | null;
  /** For a reversal: the entry it cancels. */
  readonly reversedEntryId: string | null;
  /** For a reversal: why the correction was made. */
  readonly reason: string | null;
  /** For an original entry: the reversal that cancelled it, if any. */
  readonly reversedByEntryId: string | null;
  /** What the entry adds to revenue (negative for a reversed revenue entry), in fen. */
  readonly revenueFen: number;
  /** What the entry adds to expenditure (negative for a reversed expenditure entry), in fen. */
  readonly expenditureFen: number;
  /** `revenueFen - expenditureFen`: what the entry adds to the public account's balance. */
  readonly netFen: number;
  readonly recordedAt: string;
  /** Position in the log, fixed-width: orders entries of the same day as they were recorded. */
  readonly sequence: string;
}

const TYPES = ['property.RevenueRecorded', 'property.ExpenditureRecorded', 'property.EntryReversed'] as const;
type EntryEvent = PropertyEventOf<(typeof TYPES)[number]>;

/** One document per ledger entry, reversals included; an original learns which reversal cancelled it. */
export const ledgerEntriesProjection: Projection<LedgerEntryDoc> = {
  name: 'property_ledger_entries',
  version: 1,
  keys: (event) => {
    const entry = eventOfType(event, TYPES);
    if (!entry) return [];
    const own = communityScopedId(entry.data.communityId, entry.data.entryId);
    return entry.type === 'property.EntryReversed' ? [own, communityScopedId(entry.data.communityId, entry.data.reversedEntryId)] : [own];
  },
  evolve: (doc, event, key) => {
    const entry = eventOfType(event, TYPES);
    if (!entry) return doc;
    if (entry.type === 'property.EntryReversed' && key !== communityScopedId(entry.data.communityId, entry.data.entryId)) {
      return doc && { ...doc, reversedByEntryId: entry.data.entryId };
    }
    return entryOf(entry);
  },
};

function entryOf(entry: EntryEvent): LedgerEntryDoc {
  const { communityId, entryId, amountFen, date, category } = entry.data;
  const common = { communityId, entryId, amountFen, date, category, recordedAt: entry.occurredAt, sequence: sequenceOf(entry) };
  if (entry.type === 'property.EntryReversed') {
    const { direction, reversedEntryId, reason } = entry.data;
    const signed = signedAmounts(direction, -amountFen);
    return { ...common, kind: 'reversal', direction, counterparty: null, voucherRef: null, reversedEntryId, reason, reversedByEntryId: null, ...signed };
  }
  const direction = entry.type === 'property.RevenueRecorded' ? 'revenue' : 'expenditure';
  const { counterparty, voucherRef } = entry.data;
  const signed = signedAmounts(direction, amountFen);
  return { ...common, kind: 'original', direction, counterparty, voucherRef, reversedEntryId: null, reason: null, reversedByEntryId: null, ...signed };
}

function signedAmounts(direction: 'revenue' | 'expenditure', fen: number): Pick<LedgerEntryDoc, 'revenueFen' | 'expenditureFen' | 'netFen'> {
  return direction === 'revenue' ? { revenueFen: fen, expenditureFen: 0, netFen: fen } : { revenueFen: 0, expenditureFen: fen, netFen: -fen };
}
