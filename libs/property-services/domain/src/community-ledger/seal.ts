import { sha256Hex } from '../hashing/sha256.js';
import type { FeeRecord, LedgerEntry } from './state.js';

/** Name and version of the canonical encoding; a new encoding gets a new name, old seals keep theirs. */
export const SEAL_ENCODING = 'linli.property.statement.v1';

/** What a statement seals: its community and period, and the entries and fee records it covers. */
export interface SealedContent {
  readonly communityId: string;
  readonly period: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly entries: readonly LedgerEntry[];
  readonly fees: readonly FeeRecord[];
}

/**
 * One JSON array per line: a header, the entries sorted by entry id, then the fee records sorted by
 * month. Sorting compares UTF-16 code units, never a locale, so every platform encodes alike; fields
 * are positional, so no key order or whitespace can vary.
 */
export function canonicalEncoding(content: SealedContent): string {
  const lines = [
    JSON.stringify([SEAL_ENCODING, content.communityId, content.period, content.periodStart, content.periodEnd]),
    ...[...content.entries].sort((a, b) => byCodeUnits(a.entryId, b.entryId)).map(encodeEntry),
    ...[...content.fees].sort((a, b) => byCodeUnits(a.period, b.period)).map(encodeFees),
  ];
  return lines.join('\n');
}

/** Lowercase hex SHA-256 of the canonical encoding. */
export function sealOf(content: SealedContent): string {
  return sha256Hex(canonicalEncoding(content));
}

function encodeEntry(entry: LedgerEntry): string {
  const common = ['entry', entry.entryId, entry.kind, entry.direction, entry.category, entry.amountFen, entry.date];
  const details = entry.kind === 'original' ? [entry.counterparty, entry.voucherRef] : [entry.reversedEntryId, entry.reason];
  return JSON.stringify([...common, ...details]);
}

function encodeFees(fee: FeeRecord): string {
  return JSON.stringify(['fees', fee.period, fee.billedFen, fee.collectedFen, fee.billedHouseholds, fee.payingHouseholds]);
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
