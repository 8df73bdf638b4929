// The peer: Emmett's PostgreSQL event store (@event-driven-io/emmett-postgresql, a dev dependency
// of this benchmark only), in a schema of its own on the same database, driven with the same
// events as ours: appends by concurrent writers, and a catch-up read of the whole log in pages.
import { getPostgreSQLEventStore, readMessagesBatch, type PostgresEventStore } from '@event-driven-io/emmett-postgresql';
import { dumbo } from '@event-driven-io/dumbo';
import pg from 'pg';
import { benchEvent, timed } from '../event-store/workload.js';

export interface Peer {
  readonly store: PostgresEventStore;
  /** Events per second of `count` appends of `size` events by `writers` writers, each with its own stream. */
  appends(label: string, writers: number, count: number, size: number): Promise<number>;
  /** Events per second of reading the whole log from the start in pages of `page` (what Emmett's consumers pull). */
  catchUp(total: number, page: number): Promise<number>;
  close(): Promise<void>;
}

/** The connection string with `search_path` set to `schema`, so Emmett's tables land there. */
export function inSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}

export async function emmettPeer(connectionString: string, writers: number): Promise<Peer> {
  // Emmett's own pool would be pg's default of 10 connections: give it as many as ours has.
  const pool = new pg.Pool({ connectionString, max: writers + 2 });
  const store = getPostgreSQLEventStore(connectionString, { schema: { autoMigration: 'CreateOrUpdate' }, connectionOptions: { connectionString, pool } as never });
  await store.schema.migrate();
  const reader = dumbo({ connectionString, pool } as never) as unknown as { execute: Parameters<typeof readMessagesBatch>[0] };
  return {
    store,
    async appends(label, writerCount, count, size) {
      const versions = Array.from({ length: writerCount }, () => 0n);
      const seconds = await timed(writerCount, count, async (writer, i) => {
        const events = Array.from({ length: size }, (_, k) => {
          const event = benchEvent(i * size + k);
          return { type: event.type, data: event.data as Record<string, unknown>, metadata: { ...event.metadata, eventId: event.eventId } };
        });
        const result = await store.appendToStream(`${label}-${writer}`, events, versions[writer] === 0n ? { expectedStreamVersion: 'STREAM_DOES_NOT_EXIST' as never } : { expectedStreamVersion: versions[writer] as bigint });
        versions[writer] = result.nextExpectedStreamVersion;
      });
      return (count * size) / seconds;
    },
    async catchUp(total, page) {
      let after = 0n;
      let read = 0;
      const started = process.hrtime.bigint();
      while (read < total) {
        const batch = await readMessagesBatch(reader.execute, { after, batchSize: page });
        if (batch.messages.length === 0) break;
        read += batch.messages.length;
        after = batch.currentGlobalPosition;
      }
      return read / (Number(process.hrtime.bigint() - started) / 1e9);
    },
    async close() {
      await store.close();
      await pool.end();
    },
  };
}
