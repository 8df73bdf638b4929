import type { NewEvent } from '../envelope.js';
import type { ExpectedRevision } from '../port.js';
import type { EventStoreTables } from './sql.js';

// Positions are (transaction id << 20) + ordinal within the append: unique without a sequence,
// and bounded by the oldest running transaction on read (README, "Ordering").
const POSITION = `(pg_current_xact_id()::text::bigint << 20)`;
const COLUMNS = 'global_position, stream_name, stream_revision, event_id, event_type, schema_version, data, metadata';
// Several events travel as one JSON array parameter: cheaper to build and to send than one
// array parameter per column (no array-literal escaping), and jsonb takes the parts apart.
const EVENTS = `jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(event, ordinal)`;
const EVENT_FIELDS = `(e.event->>'id')::uuid, e.event->>'type', (e.event->>'version')::int, e.event->'data', e.event->'metadata'`;

/** A statement and its parameters. */
export interface Statement {
  readonly name: string;
  readonly text: string;
  readonly values: unknown[];
}

const eventsJson = (events: readonly NewEvent[]): string =>
  JSON.stringify(events.map((e) => ({ id: e.eventId, type: e.type, version: e.schemaVersion, data: e.data, metadata: e.metadata })));

/**
 * Inserts the events at revisions first, first + 1, ... with nothing else to check: used when the
 * revision before `first` is known to exist (or `first` is 0). If another writer got there first,
 * UNIQUE (stream_name, stream_revision) rejects the whole statement.
 */
export function insertAt(t: EventStoreTables, stream: string, first: bigint, events: readonly NewEvent[]): Statement {
  if (events.length === 1) {
    const [e] = events;
    return {
      name: `linli_insert_one:${t.schema}`,
      text: `INSERT INTO ${t.events} (${COLUMNS}) VALUES (${POSITION} + 1, $1, $2::bigint, $3::uuid, $4, $5::int, $6::jsonb, $7::jsonb) RETURNING global_position`,
      values: [stream, first.toString(), e.eventId, e.type, e.schemaVersion, JSON.stringify(e.data), JSON.stringify(e.metadata)],
    };
  }
  return {
    name: `linli_insert_many:${t.schema}`,
    text: `INSERT INTO ${t.events} (${COLUMNS})
           SELECT ${POSITION} + e.ordinal, $1, $3::bigint + e.ordinal - 1, ${EVENT_FIELDS} FROM ${EVENTS}
           RETURNING global_position`,
    values: [stream, eventsJson(events), first.toString()],
  };
}

/**
 * Reads the stream's revision, checks the expectation and inserts, in one statement: used for
 * `any`, `stream_exists` and revisions this process has not seen. Returns no rows (inserts
 * nothing) when the expectation fails.
 */
export function checkAndInsert(t: EventStoreTables, stream: string, expected: ExpectedRevision, events: readonly NewEvent[]): Statement {
  const kind = typeof expected === 'bigint' ? 'revision' : expected;
  const revision = typeof expected === 'bigint' ? expected.toString() : null;
  const check = (kindParam: string, revisionParam: string): string => `CASE ${kindParam}::text
             WHEN 'any' THEN true
             WHEN 'no_stream' THEN c.revision IS NULL
             WHEN 'stream_exists' THEN c.revision IS NOT NULL
             ELSE c.revision = ${revisionParam}::bigint END`;
  const current = `(SELECT max(stream_revision) AS revision FROM ${t.events} WHERE stream_name = $1) c`;
  if (events.length === 1) {
    const [e] = events;
    return {
      name: `linli_check_and_insert_one:${t.schema}`,
      text: `INSERT INTO ${t.events} (${COLUMNS})
             SELECT ${POSITION} + 1, $1, coalesce(c.revision, -1) + 1, $4::uuid, $5, $6::int, $7::jsonb, $8::jsonb FROM ${current}
             WHERE ${check('$2', '$3')}
             RETURNING global_position, stream_revision`,
      values: [stream, kind, revision, e.eventId, e.type, e.schemaVersion, JSON.stringify(e.data), JSON.stringify(e.metadata)],
    };
  }
  return {
    name: `linli_check_and_insert_many:${t.schema}`,
    text: `INSERT INTO ${t.events} (${COLUMNS})
           SELECT ${POSITION} + e.ordinal, $1, coalesce(c.revision, -1) + e.ordinal, ${EVENT_FIELDS} FROM ${current}, ${EVENTS}
           WHERE ${check('$3', '$4')}
           RETURNING global_position, stream_revision`,
    values: [stream, eventsJson(events), kind, revision],
  };
}
