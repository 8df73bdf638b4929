// Shared set-up of the messaging integration tests: real PostgreSQL and Kafka, and names no other
// test file (or earlier run) uses, so files run in parallel against the same servers.
import { randomUUID } from 'node:crypto';
import { createPostgresEventStore, type PostgresEventStore } from '@linli/event-store';
import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';
import type { TopicNaming } from '../kafka/topics.js';

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
