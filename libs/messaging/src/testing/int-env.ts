// Shared set-up of the messaging integration tests: real PostgreSQL and Kafka, and names no other
// test file (or earlier run) uses, so files run in parallel against the same servers.
import { randomUUID } from 'node:crypto';
import { createPostgresEventStore, type PostgresEventStore } from '@linli/event-store';
import { Kafka, logLevel, type Admin, type KafkaMessage, type Producer } from 'kafkajs';
import pg from 'pg';
import { CloudEventPublisher, createReliableProducer } from '../kafka/cloud-event-publisher.js';
import { ensureTopics, type TopicNaming } from '../kafka/topics.js';

function endpoint(name: 'DATABASE_URL' | 'KAFKA_BROKERS'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run \`npm run infra:up\` first (it writes .linli/endpoints.json)`);
  return value;
}

/** Servers and unique names for one test file. */
export interface IntEnv {
  readonly suffix: string;
  /** A PostgreSQL schema of this file only (event store and messaging tables). */
  readonly schema: string;
  readonly pool: pg.Pool;
  readonly kafka: Kafka;
  readonly store: PostgresEventStore;
  /** Maps a contract topic to this file's copy of it. */
  readonly topicName: TopicNaming;
  close(): Promise<void>;
}

/** Opens the servers for a test file; `close()` drops its schema and topics. */
export async function openIntEnv(label: string): Promise<IntEnv> {
  const suffix = `${label}-${randomUUID().slice(0, 8)}`;
  const schema = `msg_${suffix.replaceAll('-', '_')}`;
  const pool = new pg.Pool({ connectionString: endpoint('DATABASE_URL'), max: 12 });
  const kafka = new Kafka({ clientId: `messaging-test-${suffix}`, brokers: endpoint('KAFKA_BROKERS').split(','), logLevel: logLevel.NOTHING });
  const store = await createPostgresEventStore({ pool, schema, pollIntervalMs: 100 });
  return {
    suffix,
    schema,
    pool,
    kafka,
    store,
    topicName: (topic) => `${topic}.${suffix}`,
    close: async () => {
      await store.close();
      const admin = kafka.admin();
      await admin.connect();
      const ours = (await admin.listTopics()).filter((topic) => topic.includes(suffix));
      await admin.deleteTopics({ topics: ours }).catch(() => undefined);
      await admin.disconnect();
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    },
  };
}

/** Retries an assertion until it passes or the time is up. */
export async function eventually<T>(probe: () => T | Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Consumer timings that keep group joins and leaves fast in tests. */
export const fastGroup = { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, maxWaitTimeMs: 200 } as const;

/** A connected admin and reliable producer, and a CloudEvent publisher to the file's topics. */
export interface Publishing {
  readonly admin: Admin;
  readonly producer: Producer;
  readonly publisher: CloudEventPublisher;
  close(): Promise<void>;
}

/** Connects what a test needs to publish; `topics` (the file's names) are created first, so messages can be sent before any consumer starts. */
export async function openPublishing(env: IntEnv, topics: readonly string[] = []): Promise<Publishing> {
  const admin = env.kafka.admin();
  const producer = createReliableProducer(env.kafka);
  await Promise.all([admin.connect(), producer.connect()]);
  if (topics.length > 0) await ensureTopics(admin, topics.map((topic) => ({ topic })));
  return {
    admin,
    producer,
    publisher: new CloudEventPublisher(producer, env.topicName),
    close: async () => void (await Promise.allSettled([admin.disconnect(), producer.disconnect()])),
  };
}

/** Reads a topic from its beginning into `messages` (e.g. a dead-letter topic), until closed. */
export async function collectTopic(env: IntEnv, topic: string): Promise<{ readonly messages: KafkaMessage[]; close(): Promise<void> }> {
  const messages: KafkaMessage[] = [];
  const reader = env.kafka.consumer({ groupId: `reader-${env.suffix}-${randomUUID().slice(0, 6)}`, sessionTimeout: 6_000, heartbeatInterval: 500, maxWaitTimeInMs: 200 });
  await reader.connect();
  await reader.subscribe({ topics: [topic], fromBeginning: true });
  await reader.run({ eachMessage: async ({ message }) => void messages.push(message) });
  return { messages, close: () => reader.disconnect() };
}
