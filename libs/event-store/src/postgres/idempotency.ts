import type { NewEvent } from '../envelope.js';
import { InvalidAppend } from '../errors.js';
import type { AppendResult } from '../port.js';
import { bigintTypes, type EventStoreTables, type Queryable } from './sql.js';

const ORDINAL_BITS = 20n;
const ORDINAL_MASK = (1n << ORDINAL_BITS) - 1n;

interface StoredIdRow {
  event_id: string;
  event_type: string;
  stream_name: string;
  stream_revision: bigint;
  global_position: bigint;
}

/**
 * If this exact append was stored before (a retry), returns its original result. Returns null
 * when none of the ids is stored; throws InvalidAppend when the ids were used by something else,
 * because silently accepting a half-matching retry would hide a caller bug.
 */
export async function findEarlierAppend(
  db: Queryable,
  tables: EventStoreTables,
  stream: string,
  events: readonly NewEvent[],
): Promise<AppendResult | null> {
  const result = await db.query<StoredIdRow>({
    text: `SELECT event_id::text, event_type, stream_name, stream_revision, global_position
           FROM ${tables.events} WHERE event_id = ANY($1::uuid[])`,
    values: [events.map((e) => e.eventId)],
    types: bigintTypes,
  });
  if (result.rows.length === 0) return null;
  const byId = new Map(result.rows.map((row) => [row.event_id, row]));
  const rows = events.map((e) => byId.get(e.eventId.toLowerCase()));
  const first = rows[0];
  if (!first) {
    const index = rows.findIndex((row) => row !== undefined);
    throw new InvalidAppend(`events[${index}].eventId`, `is already stored (in stream ${rows[index]?.stream_name}) by another append`);
  }
  if (first.stream_name !== stream) throw new InvalidAppend('events[0].eventId', `is already stored in another stream (${first.stream_name})`);
  rows.forEach((row, i) => {
    const same = row && row.stream_name === stream && row.stream_revision === first.stream_revision + BigInt(i) && row.event_type === events[i].type;
    if (!same) throw new InvalidAppend(`events[${i}].eventId`, 'does not match the earlier append that used the same first event id');
  });
  const last = rows[rows.length - 1] as StoredIdRow;
  if (!(await isWholeAppend(db, tables, first, last))) {
    throw new InvalidAppend('events', 'repeat only part of the earlier append that used the same event ids');
  }
  return { nextExpectedRevision: last.stream_revision, position: last.global_position };
}

// One append is one transaction, so its events share the transaction id in the high bits of their
// positions and number 1..n in the low bits: a retry must start at 1 and nothing may follow it.
async function isWholeAppend(db: Queryable, tables: EventStoreTables, first: StoredIdRow, last: StoredIdRow): Promise<boolean> {
  if ((first.global_position & ORDINAL_MASK) !== 1n) return false;
  if (first.global_position >> ORDINAL_BITS !== last.global_position >> ORDINAL_BITS) return false;
  const next = await db.query({
    text: `SELECT 1 FROM ${tables.events} WHERE global_position = $1`,
    values: [(last.global_position + 1n).toString()],
  });
  return next.rowCount === 0;
}
