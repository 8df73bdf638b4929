// The four services for the benchmark, started from the build on their own ports, with a
// PostgreSQL and a MongoDB database of their own and a ratings consumer group that starts at the topics' ends,
// so the figures are about this run's commands and not a backlog (or other engineers' collections).
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { ProjectionCheckpoints } from '@linli/projections';
import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import pg from 'pg';
import { SERVICES, startService, waitReady } from '../../tools/scripts/services.mjs';

const TOPICS = ['linli.organizations.v1', 'linli.disputes.v1', 'linli.property.v1'];
/** A port free right now: the stack's services listen on ports of their own, so two benchmarks running at once never measure each other's services. */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
/** The ratings service's read-model prefix (RATINGS_READ_MODEL_PREFIX), which names its feed's marker. */
const RATINGS_READ_MODEL_PREFIX = 'ratings';

export interface BenchStack {
  readonly urls: Record<string, string>;
  /** RSS of each service in MB, from its /metrics (process_resident_memory_bytes). */
  rss(): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run through \`npm run bench\` (it starts the servers)`);
  return value;
};

/** `extraEnv`: more variables for every service (e.g. tracing for the breakdown). */
export async function startStack(suffix: string, extraEnv: Record<string, string> = {}): Promise<BenchStack> {
  const database = `linli_bench_${suffix}`;
  const group = `linli-ratings-bench-${suffix}`;
  const kafka = new Kafka({ clientId: 'bench', brokers: env('KAFKA_BROKERS').split(','), logLevel: logLevel.NOTHING });
  const kafkaAdmin = kafka.admin();
  await kafkaAdmin.connect();
  const existing = new Set(await kafkaAdmin.listTopics());
  // Explicit end offsets: kafkajs' resetOffsets to latest commits -1, which the consumer reads as "from the beginning".
  for (const topic of TOPICS) if (existing.has(topic)) await kafkaAdmin.setOffsets({ groupId: group, topic, partitions: (await kafkaAdmin.fetchTopicOffsets(topic)).map((p) => ({ partition: p.partition, offset: p.high })) });
  await kafkaAdmin.disconnect();

  // A PostgreSQL database of its own too: its event store, and relays that do not wait for the
  // leader lock of a stack already running on the main database.
  const admin = new pg.Client({ connectionString: env('DATABASE_URL') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const databaseUrl = new URL(env('DATABASE_URL'));
  databaseUrl.pathname = `/${database}`;
  const mongoUri = new URL(env('MONGODB_URI'));
  mongoUri.pathname = `/${database}`;
  // The ratings feed replays its topics from the beginning when it finds committed offsets but no
  // marker beside its read models (a MongoDB that lost its data). Here the read models are new on
  // purpose and the group starts at the ends, so the marker says so; without it the service would
  // first apply every other run's history and no command of this run would be seen in time.
  const marking = await mongoose.createConnection(mongoUri.toString()).asPromise();
  await new ProjectionCheckpoints(marking).save(`kafka-feed:${group}:${RATINGS_READ_MODEL_PREFIX}-own-events`, 0n);
  await marking.close();
  const ports = await Promise.all(SERVICES.map(() => freePort()));
  const children: ChildProcess[] = SERVICES.map((service, i) =>
    startService(service, { DATABASE_URL: databaseUrl.toString(), KAFKA_BROKERS: env('KAFKA_BROKERS'), MONGODB_URI: mongoUri.toString(), RATINGS_CONSUMER_GROUP: group, RATINGS_READ_MODEL_PREFIX, PORT: String(ports[i]), LOG_LEVEL: 'warn', AUTH_MODE: 'dev', RATE_LIMIT_PER_IP: '1000000', RATE_LIMIT_PER_CLIENT: '1000000', ...extraEnv }, ['ignore', 'ignore', 'inherit']),
  );
  const ready = await Promise.all(SERVICES.map((_, i) => waitReady(ports[i] as number, 180_000)));
  const urls = Object.fromEntries(SERVICES.map((service, i) => [service.name, `http://127.0.0.1:${ports[i]}`]));
  const stop = async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.on('exit', resolve)))));
    const connection = await mongoose.createConnection(mongoUri.toString()).asPromise();
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
    const cleanup = kafka.admin();
    await cleanup.connect();
    await cleanup.deleteGroups([group]).catch(() => undefined);
    await cleanup.disconnect();
    const drop = new pg.Client({ connectionString: env('DATABASE_URL') });
    await drop.connect();
    await drop.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch((error: Error) => console.error(`could not drop ${database}: ${error.message}`));
    await drop.end();
  };
  if (!ready.every(Boolean)) {
    await stop();
    throw new Error(`not ready within 180 s: ${SERVICES.filter((_, i) => !ready[i]).map((s) => s.name).join(', ')}`);
  }
  const rss = async () => {
    const entries = await Promise.all(
      Object.entries(urls).map(async ([name, url]) => {
        const text = await fetch(`${url}/metrics`).then((r) => r.text(), () => '');
        const match = /^process_resident_memory_bytes(?:\{[^}]*\})? (\d+(?:\.\d+)?(?:e\+\d+)?)$/m.exec(text);
        return [name, match ? Math.round(Number(match[1]) / 1_048_576) : Number.NaN] as const;
      }),
    );
    return Object.fromEntries(entries);
  };
  return { urls, rss, stop };
}
