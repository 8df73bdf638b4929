import type { RecordedEvent } from '../envelope.js';
import type { EventFilter, ReadStreamOptions } from '../port.js';
import { EVENT_COLUMNS, type EventRow, toRecordedEvent } from './rows.js';
import { bigintTypes, type EventStoreTables, type Queryable } from './sql.js';

// Rows of transactions older than the snapshot's xmin are final: every such transaction has
// committed or aborted, and whatever commits later has a larger xid and so a larger position.
const VISIBLE_BOUND = `(pg_snapshot_xmin(pg_current_snapshot())::text::bigint << 20)`;
const MAX_REVISION = '9223372036854775807';

/** The stream's own rows, without the global bound: a command sees its own writes at once. */
export async function readStreamRows(db: Queryable, t: EventStoreTables, stream: string, options: ReadStreamOptions): Promise<RecordedEvent[]> {
  const backwards = options.direction === 'backwards';
  const from = options.from?.toString() ?? (backwards ? MAX_REVISION : '0');
  const result = await db.query<EventRow>({
    name: `linli_read_stream_${backwards ? 'b' : 'f'}:${t.schema}`,
    text: `SELECT ${EVENT_COLUMNS} FROM ${t.events}
           WHERE stream_name = $1 AND stream_revision ${backwards ? '<=' : '>='} $2::bigint
           ORDER BY stream_revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
    values: [stream, from, options.limit ?? null],
    types: bigintTypes,
  });
  return result.rows.map(toRecordedEvent);
}

/** A page of the global log plus how far it is known to be complete. */
export interface Page {
  readonly events: RecordedEvent[];
  /** Every matching event up to here has been returned: the next page may start after it. */
  readonly scannedTo: bigint;
  /** Committed events exist above the bound: an older transaction holds them back, look again soon. */
  readonly heldBack: boolean;
}

/**
 * Events after `from` in global order, only below the visibility bound, filtered in SQL. The prefix
 * filter is `^@ ANY(...)` (starts_with) rather than a semi-join over unnest(): the planner estimates
 * the operator from the column statistics and walks the primary key in order, where the semi-join
 * made it sort every later row for each page (seconds per page on a long log).
 */
export async function readPage(db: Queryable, t: EventStoreTables, from: bigint, limit: number | null, filter?: EventFilter): Promise<Page> {
  const result = await db.query<Partial<EventRow> & { below: string; held_back: boolean }>({
    name: `linli_read_all:${t.schema}`,
    // held_back compares with the newest position (one step down the primary key index).
    // below as text: it repeats on every row, and is parsed once below rather than per row.
    text: `SELECT b.below::text AS below, coalesce(b.newest >= b.below, false) AS held_back, e.* FROM (
             SELECT ${VISIBLE_BOUND} AS below, (SELECT max(global_position) FROM ${t.events}) AS newest
           ) b
           LEFT JOIN LATERAL (
             SELECT ${EVENT_COLUMNS} FROM ${t.events}
             WHERE global_position > $1::bigint AND global_position < b.below
               AND ($2::text[] IS NULL OR stream_name ^@ ANY($2::text[]))
               AND ($3::text[] IS NULL OR event_type = ANY($3::text[]))
             ORDER BY global_position LIMIT $4
           ) e ON true`,
    values: [from.toString(), filter?.streamPrefixes ?? null, filter?.eventTypes ?? null, limit],
    types: bigintTypes,
  });
  const below = BigInt(result.rows[0].below);
  const heldBack = result.rows[0].held_back;
  const rows = result.rows;
  const events: RecordedEvent[] = [];
  for (let i = 0; i < rows.length; i++) if (rows[i].global_position != null) events.push(toRecordedEvent(rows[i] as EventRow));
  // The lateral subquery returns rows in position order; SQL does not promise the join keeps it,
  // so check (cheap) rather than pay a sort of whole rows on the server for every page.
  if (events.some((e, i) => i > 0 && e.globalPosition < events[i - 1].globalPosition)) events.sort((a, b) => (a.globalPosition < b.globalPosition ? -1 : 1));
  const last = events.length > 0 ? events[events.length - 1].globalPosition : from;
  // A short page means nothing else matches below the bound, so the scan may skip ahead to it.
  const short = limit === null || events.length < limit;
  const scannedTo = short && below - 1n > last ? below - 1n : last;
  return { events, scannedTo, heldBack };
}

/** The newest position a reader may see now (0n when none). */
export async function readHeadPosition(db: Queryable, t: EventStoreTables): Promise<bigint> {
  const result = await db.query<{ head: bigint }>({
    text: `SELECT coalesce(max(global_position), 0) AS head FROM ${t.events} WHERE global_position < ${VISIBLE_BOUND}`,
    types: bigintTypes,
  });
  return result.rows[0].head;
}
