// A relay of the organizations log in a process of its own, killed with SIGKILL right after the
// broker acknowledged its first batch and before that batch's checkpoint is stored (the relay's
// test hook): the real service's relay must then publish the batch again (duplicates, never gaps).
// Run by the kill-relay scenario with the chaos stack's endpoints in its environment.
import { organizationsGateway } from '@linli/contracts';
import { createPostgresEventStore } from '@linli/event-store';
import { PostgresCheckpointStore, startRelay } from '@linli/messaging';
import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';

const [databaseUrl, brokers] = [process.env['DATABASE_URL'], process.env['KAFKA_BROKERS']];
if (!databaseUrl?.includes('127.0.0.1') || !brokers?.startsWith('127.0.0.1:')) throw new Error('DATABASE_URL and KAFKA_BROKERS must name the chaos stack on 127.0.0.1');
const pool = new pg.Pool({ connectionString: databaseUrl, max: 3, application_name: 'linli-chaos-relay' });
pool.on('error', () => undefined);
const store = await createPostgresEventStore({ pool });
const kafka = new Kafka({ clientId: 'linli-chaos-relay', brokers: [brokers], logLevel: logLevel.NOTHING });
const checkpoints = await PostgresCheckpointStore.create(pool);
const before = await checkpoints.load('organizations');
await startRelay({
  name: 'organizations',
  store,
  kafka,
  gateway: organizationsGateway,
  checkpoints,
  filter: { streamPrefixes: ['organizations.'] },
  batchSize: 25,
  afterPublish: (checkpoint) => {
    process.stdout.write(`${JSON.stringify({ published: checkpoint, checkpointBefore: before }, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}\n`);
    process.kill(process.pid, 'SIGKILL');
  },
});
