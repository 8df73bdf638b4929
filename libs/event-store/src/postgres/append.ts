import type { NewEvent } from '../envelope.js';
import { WrongExpectedRevision } from '../errors.js';
import type { AppendResult, ExpectedRevision } from '../port.js';
import { checkAndInsert, insertAt } from './append-statements.js';
import { findEarlierAppend } from './idempotency.js';
import type { KnownRevisions } from './known-revisions.js';
import { bigintTypes, type EventStoreTables, type Queryable, sqlState } from './sql.js';

// Concurrent `any` appends to one stream can pick the same next revision; the unique constraint
// rejects the loser, which simply tries again on top of the winner.
const ANY_ATTEMPTS = 10;

/** One append: one statement, so one round trip and one short transaction. */
export async function appendEvents(
  db: Queryable,
  t: EventStoreTables,
  stream: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  known: KnownRevisions,
): Promise<AppendResult> {
  const last = BigInt(events.length - 1);
  for (let attempt = 1; ; attempt++) {
    try {
      if (expected === 'no_stream' || (typeof expected === 'bigint' && known.covers(stream, expected))) {
        const first = expected === 'no_stream' ? 0n : expected + 1n;
        // The hot path: default type parsing (int8 as text) is cheaper than a per-query parser here.
        const result = await db.query<{ global_position: string }>(insertAt(t, stream, first, events));
        return { nextExpectedRevision: first + last, position: maxOf(result.rows.map((row) => BigInt(row.global_position))) };
      }
      const result = await db.query<{ global_position: bigint; stream_revision: bigint }>({ ...checkAndInsert(t, stream, expected, events), types: bigintTypes });
      if (result.rows.length > 0) {
        return { nextExpectedRevision: maxOf(result.rows.map((row) => row.stream_revision)), position: maxOf(result.rows.map((row) => row.global_position)) };
      }
      // The expectation failed; a retry of an append that already succeeded still gets its result.
      return (await findEarlierAppend(db, t, stream, events)) ?? conflict(stream, expected, await currentRevision(db, t, stream));
    } catch (error) {
      if (sqlState(error) !== '23505') throw error; // unique_violation: a retry, or a lost race
      const earlier = await findEarlierAppend(db, t, stream, events);
      if (earlier) return earlier;
      if (expected !== 'any' || attempt >= ANY_ATTEMPTS) return conflict(stream, expected, await currentRevision(db, t, stream));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * attempt));
    }
  }
}

// RETURNING promises no row order, so the append's last event is found by value.
const maxOf = (values: bigint[]): bigint => (values.length === 1 ? values[0] : values.reduce((max, value) => (value > max ? value : max)));

function conflict(stream: string, expected: ExpectedRevision, actual: bigint | 'no_stream'): never {
  throw new WrongExpectedRevision(stream, expected, actual);
}

async function currentRevision(db: Queryable, t: EventStoreTables, stream: string): Promise<bigint | 'no_stream'> {
  const result = await db.query<{ revision: bigint | null }>({
    text: `SELECT max(stream_revision) AS revision FROM ${t.events} WHERE stream_name = $1`,
    values: [stream],
    types: bigintTypes,
  });
  return result.rows[0].revision ?? 'no_stream';
}
