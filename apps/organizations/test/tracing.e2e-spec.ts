import { randomBytes, randomUUID } from 'node:crypto';
import { organizationsGateway, unitEstablishedV1, type ContractEvent } from '@linli/contracts';
import type { EventStore } from '@linli/event-store';
import { ensureTopics, ParkedStore, PostgresCheckpointStore, startConsumer, startRelay, topicSpecsFor, type Relay, type RunningConsumer } from '@linli/messaging';
import { withProjectionSpan } from '@linli/projections';
import { EVENT_STORE, startTracing, type Tracing } from '@linli/service-kit';
import type { BootedService } from '@linli/service-kit/testing';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';
import { bootOrganizations, idOf, uniqueName, type OrganizationsApi } from './support/organizations-api.js';

// One trace across the shortest real path: an HTTP command to the organizations service, its
// append, a relay publishing its public event to Kafka, a consumer in another group projecting it
// (and the service's own read models projecting the stored event). The relay and the consumer run
// in this file on topics of its own, so the organizations relay of another test process cannot
// take the event away; the spans go to an in-memory exporter.
const suffix = `tracing-${randomUUID().slice(0, 8)}`;
const schema = `trc_${suffix.replaceAll('-', '_')}`;
const topicName = (topic: string) => `${topic}.${suffix}`;
const relayName = `organizations-${suffix}`;

const exporter = new InMemorySpanExporter();
let tracing: Tracing;
let service: BootedService;
let api: OrganizationsApi;
let pool: pg.Pool;
let kafka: Kafka;
let relay: Relay;
let consumer: RunningConsumer;
const projected: ContractEvent[] = [];

beforeAll(async () => {
  tracing = startTracing('organizations', new SimpleSpanProcessor(exporter));
  ({ service, api } = await bootOrganizations());
  pool = new pg.Pool({ connectionString: process.env['DATABASE_URL'], max: 4 });
  kafka = new Kafka({ clientId: suffix, brokers: (process.env['KAFKA_BROKERS'] ?? '').split(','), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, topicSpecsFor([unitEstablishedV1], topicName)).finally(() => admin.disconnect());
  const store = service.app.get<EventStore>(EVENT_STORE);
  const checkpoints = await PostgresCheckpointStore.create(pool, schema);
  await checkpoints.save(relayName, await store.headPosition());
  relay = await startRelay({ name: relayName, store, kafka, gateway: organizationsGateway, checkpoints, filter: { streamPrefixes: ['organizations.'] }, topicName, batchSize: 50 });
  consumer = await startConsumer({
    kafka,
    groupId: `ratings-${suffix}`,
    topics: [topicName(unitEstablishedV1.topic)],
    deadLetters: await ParkedStore.create(pool, schema),
    accept: [unitEstablishedV1],
    sessionTimeoutMs: 6_000,
    heartbeatIntervalMs: 500,
    maxWaitTimeMs: 200,
    handler: (message) => withProjectionSpan('unit-directory', [], async () => void projected.push(message)),
  });
  await consumer.joined;
});

afterAll(async () => {
  await consumer?.stop();
  await relay?.stop();
  await service?.close();
  await tracing?.shutdown();
  const admin = kafka?.admin();
  if (admin) {
    await admin.connect();
    const ours = (await admin.listTopics()).filter((topic) => topic.includes(suffix));
    await admin.deleteTopics({ topics: ours }).catch(() => undefined);
    await admin.disconnect();
  }
  await pool?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await pool?.end();
});

async function eventually<T>(probe: () => T, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return probe();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const spansOf = (traceId: string) => exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;
function one(spans: readonly ReadableSpan[], name: string, where: (span: ReadableSpan) => boolean = () => true): ReadableSpan {
  const found = spans.filter((span) => span.name === name && where(span));
  if (found.length !== 1) throw new Error(`expected one span ${name}, found ${found.length} among ${spans.map((s) => s.name).join(', ')}`);
  return found[0]!;
}

describe('a command traced from HTTP to the projection of its public event', () => {
  it('gives the HTTP request, the command, its append, the relay publish, the consumer and the projections one trace, each span the child of the one before', async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpan = randomBytes(8).toString('hex');
    const name = uniqueName('Shangrao Municipal Committee');
    const answer = await api.post('/org-units', { type: 'city_party_committee', name, effectiveFrom: '2000-01-01' }, { traceparent: `00-${traceId}-${callerSpan}-01` });
    const unitId = idOf(answer);

    const spans = await eventually(() => {
      const all = spansOf(traceId);
      one(all, 'project unit-directory');
      return all;
    });
    const http = one(spans, 'POST /org-units');
    const command = one(spans, 'command EstablishUnit');
    const append = one(spans, 'event-store append', (span) => String(span.attributes['linli.stream.category']).startsWith('organizations.'));
    const publish = one(spans, `publish ${unitEstablishedV1.topic}`, (span) => span.attributes['linli.relay'] === relayName);
    const consume = one(spans, `process ${topicName(unitEstablishedV1.topic)}`);
    const projection = one(spans, 'project unit-directory');

    expect(http).toMatchObject({ kind: SpanKind.SERVER, attributes: { 'http.route': '/org-units', 'http.response.status_code': 201 } });
    expect(parentOf(http)).toBe(callerSpan);
    expect(http.attributes['linli.correlation_id']).toEqual(expect.any(String));
    expect(parentOf(command)).toBe(http.spanContext().spanId);
    expect(parentOf(append)).toBe(command.spanContext().spanId);
    expect(parentOf(publish)).toBe(append.spanContext().spanId);
    expect(publish.kind).toBe(SpanKind.PRODUCER);
    expect(parentOf(consume)).toBe(publish.spanContext().spanId);
    expect(consume).toMatchObject({ kind: SpanKind.CONSUMER, attributes: { 'messaging.consumer.group.name': `ratings-${suffix}`, 'cloudevents.event_type': unitEstablishedV1.type, 'linli.correlation_id': http.attributes['linli.correlation_id'] } });
    expect(parentOf(projection)).toBe(consume.spanContext().spanId);
    // The own read models apply stored events in batches, each batch's span linked to every event's append.
    await eventually(() => {
      const linked = exporter.getFinishedSpans().filter((span) => span.name === 'project organizations-read-models' && span.links.some((link) => link.context.spanId === append.spanContext().spanId));
      expect(linked).not.toHaveLength(0);
    });

    const message = projected.find((m) => (m.event.data as { unitId?: string }).unitId === unitId);
    expect(message?.event.traceparent).toBe(`00-${traceId}-${publish.spanContext().spanId}-01`);
    // No name, path parameter or payload in any span.
    expect(JSON.stringify(spans.map((span) => [span.name, span.attributes]))).not.toContain(name);
    expect(JSON.stringify(spans.map((span) => [span.name, span.attributes]))).not.toContain(unitId);
  });

  it('starts a new trace for a request whose traceparent is malformed, and answers it normally', async () => {
    const answer = await api.post('/org-units', { type: 'city_party_committee', name: uniqueName('Nanchang Committee'), effectiveFrom: '2000-01-01' }, { traceparent: '00-not-a-trace-context-01' });
    expect(answer.status).toBe(201);
    const http = await eventually(() => {
      const found = exporter.getFinishedSpans().filter((span) => span.name === 'POST /org-units' && span.parentSpanContext === undefined);
      if (found.length === 0) throw new Error('no root HTTP span yet');
      return found;
    });
    expect(http.length).toBeGreaterThan(0);
  });
});
