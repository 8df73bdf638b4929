import { randomBytes, randomUUID } from 'node:crypto';
import { createPostgresEventStore, uuidv7, WrongExpectedRevision, type EventStore, type NewEvent } from '@linli/event-store';
import { inSpan, installTracer } from '@linli/messaging';
import { ROOT_CONTEXT, SpanStatusCode } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
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

  describe('with tracing on', () => {
    const exporter = new InMemorySpanExporter();
    const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer('test');
    beforeAll(() => installTracer(tracer));
    afterAll(() => installTracer(undefined));

    it("stores the append span's trace context in every event's metadata, the span a child of the request's", async () => {
      const stream = `test-${randomUUID().slice(0, 8)}`;
      await inSpan(tracer, 'POST /things', {}, ROOT_CONTEXT, () => store.appendToStream(stream, [event(), event()], { expected: 'no_stream' }));
      const append = exporter.getFinishedSpans().find((span) => span.name === 'event-store append')!;
      const request = exporter.getFinishedSpans().find((span) => span.name === 'POST /things')!;

      expect(append.parentSpanContext?.spanId).toBe(request.spanContext().spanId);
      expect(append.attributes).toMatchObject({ 'linli.stream.category': 'test', 'linli.events': 2 });
      const stored = await store.readStream(stream);
      expect(stored.map((e) => e.metadata.traceparent)).toEqual([`00-${append.spanContext().traceId}-${append.spanContext().spanId}-01`, `00-${append.spanContext().traceId}-${append.spanContext().spanId}-01`]);
    });

    it('marks a conflicting append failed by the error name', async () => {
      const stream = `test-${randomUUID().slice(0, 8)}`;
      await store.appendToStream(stream, [event()], { expected: 'no_stream' });
      exporter.reset();
      await expect(store.appendToStream(stream, [event()], { expected: 'no_stream' })).rejects.toBeInstanceOf(WrongExpectedRevision);
      expect(exporter.getFinishedSpans()[0]).toMatchObject({ status: { code: SpanStatusCode.ERROR }, attributes: { 'error.type': 'WrongExpectedRevision' } });
    });
  });

  it('stores no trace context with tracing off', async () => {
    const stream = `test-${randomUUID().slice(0, 8)}`;
    await store.appendToStream(stream, [event()], { expected: 'no_stream' });
    expect((await store.readStream(stream))[0]!.metadata).not.toHaveProperty('traceparent');
  });
});
