import { randomBytes, randomUUID } from 'node:crypto';
import { createPostgresEventStore, uuidv7, WrongExpectedRevision, type EventStore, type NewEvent } from '@linli/event-store';
import pg from 'pg';
import { Registry } from 'prom-client';
import { appendDurationHistogram, TimedEventStore } from './timed-event-store.js';

const event = (): NewEvent => ({
  eventId: uuidv7(),
  type: 'test.SomethingHappened',
  schemaVersion: 1,
  data: { n: 1 },
  metadata: { occurredAt: '2025-11-30T08:00:00.000Z', actor: { id: 'user-1', role: 'resident', orgUnitId: 'c-1' }, correlationId: 'corr-1', causationId: 'corr-1' },
});

describe('the append latency of a service event store', () => {
  const schema = `timed_${randomBytes(4).toString('hex')}`;
  let pool: pg.Pool;
  let store: EventStore;
  const registry = new Registry();

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: process.env['DATABASE_URL']!, max: 2 });
    store = new TimedEventStore(await createPostgresEventStore({ pool, schema }), appendDurationHistogram(registry), 'postgres');
  });
  afterAll(async () => {
    await store?.close();
    await pool?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool?.end();
  });

  const count = async (outcome: string) => {
    const metric = await registry.getSingleMetric('linli_event_store_append_duration_seconds')!.get();
    return metric.values.find((value) => (value as { metricName?: string }).metricName === 'linli_event_store_append_duration_seconds_count' && value.labels['outcome'] === outcome)?.value ?? 0;
  };

  it('observes each append once, a version conflict apart from the successes', async () => {
    const stream = `test-${randomUUID().slice(0, 8)}`;
    await store.appendToStream(stream, [event(), event()], { expected: 'no_stream' });
    await store.appendToStream(stream, [event()], { expected: 1n });
    await expect(store.appendToStream(stream, [event()], { expected: 0n })).rejects.toBeInstanceOf(WrongExpectedRevision);

    expect({ ok: await count('ok'), conflict: await count('conflict') }).toEqual({ ok: 2, conflict: 1 });
    expect(await registry.metrics()).toMatch(/linli_event_store_append_duration_seconds_bucket\{le="\+Inf",store="postgres",outcome="ok"\} 2/);
  });
});
