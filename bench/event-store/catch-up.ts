import type { EventStore } from '@linli/event-store';
import type pg from 'pg';

const PAGE = 1000;

/** Events per second a subscription delivers while catching up over `total` stored events. */
export async function catchUpThroughput(store: EventStore, total: number): Promise<number> {
  let received = 0;
  let reached: () => void = () => undefined;
  const caughtUp = new Promise<void>((resolve) => (reached = resolve));
  const started = process.hrtime.bigint();
  const subscription = store.subscribeToAll(
    async (events) => {
      received += events.length;
      if (received >= total) reached();
    },
    { batchSize: PAGE },
  );
  await Promise.race([caughtUp, subscription.done.then(() => Promise.reject(new Error('the subscription ended before catching up')))]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await subscription.stop();
  return received / seconds;
}

/** The baseline: the same rows and columns streamed by a plain server-side cursor. */
export async function rawCursorThroughput(pool: pg.Pool, schema: string): Promise<number> {
  const client = await pool.connect();
  let rows = 0;
  const started = process.hrtime.bigint();
  try {
    await client.query('BEGIN');
    await client.query(`DECLARE raw_events NO SCROLL CURSOR FOR
      SELECT global_position, stream_name, stream_revision, event_id, event_type, schema_version, data, metadata,
             to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at
      FROM "${schema}".linli_events ORDER BY global_position`);
    for (;;) {
      const page = await client.query(`FETCH ${PAGE} FROM raw_events`);
      if (page.rowCount === 0) break;
      rows += page.rows.length;
    }
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  return rows / (Number(process.hrtime.bigint() - started) / 1e9);
}
