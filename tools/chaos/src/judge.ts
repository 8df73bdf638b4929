// The pure part of oracle check 1: what the clients were told against what the store holds.
import type { CommandRecord } from './load.js';

/** One stored event of a command, found by its Idempotency-Key in the event's metadata. */
export interface StoredRow {
  readonly key: string;
  readonly stream_name: string;
  readonly stream_revision: string;
  readonly global_position: string;
  readonly event_type: string;
}

export interface CommandsVerdict {
  readonly problems: string[];
  /** Uncertain commands (no answer, 5xx) whose events are stored, whole. */
  readonly appliedUncertain: number;
}

/** All events of one command are one append: one stream, consecutive revisions, one transaction (position >> 20 is its xid). */
export function oneAppend(rows: readonly StoredRow[]): boolean {
  const streams = new Set(rows.map((r) => r.stream_name));
  const transactions = new Set(rows.map((r) => (BigInt(r.global_position) >> 20n).toString()));
  const revisions = rows.map((r) => BigInt(r.stream_revision)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lowest = revisions[0] ?? 0n;
  return streams.size === 1 && transactions.size === 1 && revisions.every((rev, i) => rev === lowest + BigInt(i));
}

/**
 * An acknowledged command is stored exactly once (the event types it answered, one append); a
 * rejected one not at all; an uncertain one at most once and never partially. A stored command
 * nobody sent is a problem too.
 */
export function judgeCommands(records: readonly Pick<CommandRecord, 'key' | 'what' | 'outcome' | 'status' | 'events'>[], rows: readonly StoredRow[]): CommandsVerdict {
  const byKey = new Map<string, StoredRow[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  const problems: string[] = [];
  let appliedUncertain = 0;
  for (const record of records) {
    const stored = byKey.get(record.key) ?? [];
    if (stored.length > 0 && !oneAppend(stored)) problems.push(`${record.what} ${record.key}: its ${stored.length} events are not one append`);
    if (record.outcome === 'acknowledged') {
      const types = stored.map((r) => r.event_type).sort().join(',');
      if (types !== [...record.events].sort().join(',')) problems.push(`${record.what} ${record.key} acknowledged [${record.events.join(',')}] but stored [${types}]`);
    } else if (record.outcome === 'rejected') {
      if (stored.length > 0) problems.push(`${record.what} ${record.key} was rejected (${record.status}) but stored ${stored.length} events`);
    } else if (stored.length > 0) appliedUncertain++;
  }
  const known = new Set(records.map((r) => r.key));
  const strangers = [...byKey.keys()].filter((key) => !known.has(key));
  if (strangers.length > 0) problems.push(`${strangers.length} stored commands were never sent by this run (e.g. ${strangers[0]})`);
  return { problems, appliedUncertain };
}
