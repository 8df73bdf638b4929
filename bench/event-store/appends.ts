import type { EventStore, ExpectedRevision } from '@linli/event-store';
import type pg from 'pg';
import { benchEvent, rawRow, timed } from './workload.js';

const COLUMNS = 'global_position, stream_name, stream_revision, event_id, event_type, schema_version, data, metadata';

// Raw positions live far above anything a transaction id can produce in a bench database, and
// each measurement gets its own range so rounds never collide.
let rawPosition = 1n << 60n;

/** Events per second of `count` appends of `size` events by `writers` concurrent writers, each with its own stream. */
export async function appendThroughput(store: EventStore, label: string, writers: number, count: number, size: number): Promise<number> {
  const expected: ExpectedRevision[] = Array.from({ length: writers }, () => 'no_stream');
  const seconds = await timed(writers, count, async (writer, i) => {
    const events = Array.from({ length: size }, (_, k) => benchEvent(i * size + k));
    const result = await store.appendToStream(`${label}-${writer}`, events, { expected: expected[writer] });
    expected[writer] = result.nextExpectedRevision;
  });
  return (count * size) / seconds;
}

/**
 * The baseline: the same rows by plain node-postgres, one multi-row INSERT per append, each its
 * own implicit transaction, with a prepared statement so the baseline is as fast as pg gets.
 */
export async function rawInsertThroughput(pool: pg.Pool, table: string, label: string, writers: number, count: number, size: number): Promise<number> {
  const revisions = Array.from({ length: writers }, () => 0);
  const placeholders = Array.from({ length: size }, (_, row) => `(${Array.from({ length: 8 }, (_, col) => `$${row * 8 + col + 1}`).join(', ')})`).join(', ');
  const text = `INSERT INTO ${table} (${COLUMNS}) VALUES ${placeholders}`;
  const seconds = await timed(writers, count, async (writer, i) => {
    const values = Array.from({ length: size }, (_, k) => rawRow(benchEvent(i * size + k), rawPosition++, `${label}-${writer}`, revisions[writer]++)).flat();
    await pool.query({ name: `raw_insert_${size}`, text, values });
  });
  return (count * size) / seconds;
}
