import { newEvents, uniqueStream } from '../testing/events.js';
import { databaseUrl, dropSchema, uniqueSchema } from '../testing/postgres-schema.js';
import { eventually, RecordingSubscription } from '../testing/probes.js';
import { createPostgresEventStore, type PostgresEventStore } from './postgres-event-store.js';

// Polling every minute: anything delivered within seconds was woken by NOTIFY, not by the poll.
const NO_POLL_MS = 60_000;

describe('PostgreSQL wake-ups across processes', () => {
  const schema = uniqueSchema('wake');
  const applicationName = `${schema}_subscriber`;
  let subscriber: PostgresEventStore;
  let writer: PostgresEventStore;
  beforeAll(async () => {
    const url = new URL(databaseUrl());
    url.searchParams.set('application_name', applicationName);
    subscriber = await createPostgresEventStore({ connectionString: url.toString(), schema, pollIntervalMs: NO_POLL_MS });
    writer = await createPostgresEventStore({ connectionString: databaseUrl(), schema });
  });
  afterAll(async () => {
    await subscriber.close();
    await writer.close();
    await dropSchema(schema);
  });

  it('given a live subscription in one store, when another store appends, then NOTIFY wakes it well before the poll', async () => {
    const stream = uniqueStream('wake');
    const probe = new RecordingSubscription(subscriber, { filter: { streamPrefixes: [stream] } });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300)); // let it drain and go to sleep
      await writer.appendToStream(stream, newEvents(1));
      expect(await probe.waitFor(1, 10_000)).toBeLessThan(3_000); // slack: other test files may hold transactions open
    } finally {
      await probe.stop();
    }
  });

  it('given the listening connection is killed, when another store appends, then the listener reconnects and wakes the subscription', async () => {
    const stream = uniqueStream('reconnect');
    const probe = new RecordingSubscription(subscriber, { filter: { streamPrefixes: [stream] } });
    try {
      const killed = await eventually(async () => {
        const result = await writer.pool.query(
          `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'LISTEN%'`,
          [applicationName],
        );
        expect(result.rowCount).toBe(1);
        return result.rows[0].killed as boolean;
      });
      expect(killed).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 500)); // the listener comes back after its first backoff
      await writer.appendToStream(stream, newEvents(1));
      expect(await probe.waitFor(1, 10_000)).toBeLessThan(3_000);
    } finally {
      await probe.stop();
    }
  });
});
