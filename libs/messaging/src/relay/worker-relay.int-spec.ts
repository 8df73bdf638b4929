import { disputeEscalatedV1, exampleDisputesGateway, publish } from '@linli/contracts';
import type { Admin } from 'kafkajs';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { toKafkaMessage } from '../kafka/cloud-event-publisher.js';
import { ensureTopics, topicSpecsFor } from '../kafka/topics.js';
import { ProducerThreadError, producerThreadsRunning, workerProducer, type KafkaClientConfig } from '../kafka/worker-producer.js';
import { storedEscalation } from '../testing/fixtures.js';
import { collectTopic, eventually, openIntEnv, type IntEnv } from '../testing/int-env.js';
import { installTracer } from '../tracing/trace-context.js';
import { PostgresCheckpointStore } from './checkpoint-store.js';
import { startRelay } from './relay.js';

// The relay with its kafkajs producer in a worker thread, against the real broker and PostgreSQL.
let env: IntEnv;
let admin: Admin;
let checkpoints: PostgresCheckpointStore;
const client = (): KafkaClientConfig => ({ clientId: `worker-relay-${env.suffix}`, brokers: process.env['KAFKA_BROKERS']!.split(',') });
const topic = () => env.topicName(disputeEscalatedV1.topic);
const published = async (name = topic()) => (await admin.fetchTopicOffsets(name)).reduce((sum, p) => sum + Number(p.high), 0);
const relayOptions = (name: string, disputePrefix: string) => ({
  name,
  store: env.store,
  producer: workerProducer(client()),
  gateway: exampleDisputesGateway,
  checkpoints,
  filter: { streamPrefixes: [`disputes.Dispute-${disputePrefix}`] },
  batchSize: 50,
  topicName: env.topicName,
});

beforeAll(async () => {
  env = await openIntEnv('worker-relay');
  checkpoints = await PostgresCheckpointStore.create(env.pool, env.schema);
  admin = env.kafka.admin();
  await admin.connect();
  await ensureTopics(admin, topicSpecsFor([disputeEscalatedV1], env.topicName));
});

afterAll(async () => {
  await admin?.disconnect();
  await env?.close();
});

describe('the relay with its producer in a worker thread', () => {
  it('delivers every public event, each community in stored order, byte for byte as the in-thread producer would', async () => {
    // given 240 escalations of 4 communities in 12 streams: several pages and Kafka batches of 50
    const communities = ['rc-yingbin', 'rc-jiaoshi', 'rc-zhongyang', 'rc-qianyue'];
    for (let stream = 0; stream < 12; stream++) {
      const events = Array.from({ length: 20 }, (_, i) => storedEscalation(communities[(stream + i) % 4], `d-order-${stream}`, { workingDaysAllowed: i + 1 }));
      await env.store.appendToStream(`disputes.Dispute-d-order-${stream}`, events);
    }
    const stored = (await env.store.readAll({ filter: { streamPrefixes: ['disputes.Dispute-d-order-'] } })).filter((event) => event.streamName.startsWith('disputes.Dispute-d-order-'));
    const reader = await collectTopic(env, topic());

    // when the relay runs with a worker producer until its checkpoint reaches the last event
    const relay = await startRelay({ ...relayOptions('worker-order', 'd-order-'), pageSize: 120 });
    expect(producerThreadsRunning()).toBe(1);
    await eventually(() => expect(relay.position()).toBe(stored[stored.length - 1].globalPosition), 60_000);
    await relay.stop();
    await eventually(() => expect(reader.messages).toHaveLength(240), 60_000);
    await reader.close();

    // then each community's messages arrived in stored order, with the in-thread producer's key, value and headers
    const expected = new Map(stored.map((event) => [event.eventId, toKafkaMessage(publish(exampleDisputesGateway, event)!)]));
    for (const community of communities) {
      const positions = reader.messages.filter((m) => m.key?.toString() === community).map((m) => BigInt(JSON.parse(m.value!.toString()).position as string));
      expect(positions).toHaveLength(60);
      expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
    }
    for (const message of reader.messages) {
      const want = expected.get(JSON.parse(message.value!.toString()).id as string)!;
      expect({ key: message.key?.toString(), value: message.value!.toString(), contentType: message.headers!['content-type']!.toString() }).toEqual({
        key: want.key,
        value: want.value!.toString(),
        contentType: (want.headers as Record<string, string>)['content-type'],
      });
    }
  });

  it('fails loudly with the broker error, retriable or not, when the broker refuses a batch, keeping its checkpoint and ending its thread', async () => {
    // given a topic whose broker refuses messages above 100 bytes
    const small = `${topic()}.small`;
    await ensureTopics(admin, [{ topic: small, partitions: 1, config: { 'max.message.bytes': '100' } }]);
    await env.store.appendToStream('disputes.Dispute-d-refused', [storedEscalation('rc-yingbin', 'd-refused')]);

    // when the relay publishes to it
    const relay = await startRelay({ ...relayOptions('worker-refused', 'd-refused'), topicName: () => small });
    const failure = await relay.done.catch((error: unknown) => error);

    // then done rejects with the producer's error (its kafkajs name, message and retriability) and nothing moved
    expect(failure).toBeInstanceOf(ProducerThreadError);
    expect(failure).toMatchObject({ name: expect.stringMatching(/^KafkaJS/), message: expect.stringMatching(/too large|larger than/i), retriable: false });
    expect(await checkpoints.load('worker-refused')).toBeUndefined();
    expect(await published(small)).toBe(0);
    await eventually(() => expect(producerThreadsRunning()).toBe(0));
  });

  it('fails with the exhausted retries and their cause when its topic does not exist (the producer never creates topics)', async () => {
    await env.store.appendToStream('disputes.Dispute-d-unknown', [storedEscalation('rc-yingbin', 'd-unknown')]);
    const relay = await startRelay({ ...relayOptions('worker-unknown', 'd-unknown'), topicName: () => `${topic()}.never-created` });
    const failure = await relay.done.catch((error: unknown) => error); // kafkajs retries 8 times first: about 50 s
    expect(failure).toMatchObject({ name: 'KafkaJSNumberOfRetriesExceeded', message: expect.stringContaining('does not host this topic-partition'), cause: { name: 'KafkaJSProtocolError', retriable: true } });
    expect(await checkpoints.load('worker-unknown')).toBeUndefined();
    await eventually(() => expect(producerThreadsRunning()).toBe(0));
  }, 180_000);

  it('cannot start against a broker nobody listens on, and leaves no thread behind', async () => {
    const unreachable = workerProducer({ clientId: `worker-relay-${env.suffix}`, brokers: ['127.0.0.1:1'] });
    await expect(startRelay({ ...relayOptions('worker-unreachable', 'd-none'), producer: unreachable })).rejects.toThrow(/ECONNREFUSED|Connection|connect/i);
    await eventually(() => expect(producerThreadsRunning()).toBe(0));
  });

  it('ends publish spans when the broker acknowledged, and sends their context as the traceparent header', async () => {
    // given tracing on and a stored event that carries the trace context of its append
    const exporter = new InMemorySpanExporter();
    installTracer(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer('test'));
    try {
      const appendContext = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
      const stored = storedEscalation('rc-traced', 'd-traced');
      await env.store.appendToStream('disputes.Dispute-d-traced', [{ ...stored, metadata: { ...stored.metadata, traceparent: appendContext } }]);
      const reader = await collectTopic(env, topic());

      // when the worker relay publishes it
      const relay = await startRelay(relayOptions('worker-traced', 'd-traced'));
      await eventually(() => expect(reader.messages.some((m) => m.key?.toString() === 'rc-traced')).toBe(true), 60_000);
      await relay.stop();
      await reader.close();

      // then its publish span, child of the append, was ended and its context is the message's traceparent header
      const [span] = exporter.getFinishedSpans().filter((s) => s.name === `publish ${disputeEscalatedV1.topic}`);
      expect(span.spanContext().traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
      const message = reader.messages.find((m) => m.key?.toString() === 'rc-traced')!;
      expect(message.headers!['traceparent']!.toString()).toBe(`00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`);
    } finally {
      installTracer(undefined);
    }
  });

  it('leaves no producer thread running once stopped', async () => {
    const relay = await startRelay(relayOptions('worker-stop', 'd-none'));
    expect(producerThreadsRunning()).toBe(1);
    await relay.stop();
    await expect(relay.done).resolves.toBeUndefined();
    await eventually(() => expect(producerThreadsRunning()).toBe(0));
  });
});
