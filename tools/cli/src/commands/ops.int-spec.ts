import { randomUUID } from 'node:crypto';
import { ProjectionCatalog } from '@linli/projections';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import pg from 'pg';
import { main, type Io } from '../main.js';

// The commands the pre-rollout Jobs run (k8s/base/pre-rollout): against the real servers, in a
// schema, collection prefix and topic suffix of the test's own.

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe('linli db migrate', () => {
  const suffix = randomUUID().replaceAll('-', '').slice(0, 10);
  const schema = `mig_${suffix}`;
  const prefix = `mig_${suffix}`;
  let pool: pg.Pool;
  let connection: Connection;

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: process.env['DATABASE_URL']!, max: 2 });
    connection = await mongoose.createConnection(process.env['MONGODB_URI']!).asPromise();
  });
  afterAll(async () => {
    for (const { name } of await connection.db!.listCollections().toArray()) if (name.startsWith(prefix)) await connection.dropCollection(name);
    await new ProjectionCatalog(connection).collection.deleteMany({ _id: { $regex: `^${prefix}` } });
    await connection.close();
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  const migrations = async () => (await pool.query<{ component: string; version: number }>(`SELECT component, version FROM "${schema}".linli_schema_migrations ORDER BY component, version`)).rows;

  it('creates what a service creates at start, and a second run changes nothing', async () => {
    const first = capture();
    expect(await main(['db', 'migrate', '--service', 'ratings', '--schema', schema, '--prefix', prefix, '--json'], first)).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ services: ['ratings'], schema, steps: expect.arrayContaining([`MongoDB: ratings read-model indexes`]) });
    const applied = await migrations();
    expect(applied.map((row) => row.component)).toEqual(expect.arrayContaining(['event-store', 'personal-data-keys']));
    const { rows } = await pool.query<{ table: string | null }>(`SELECT to_regclass($1) AS table UNION ALL SELECT to_regclass($2) UNION ALL SELECT to_regclass($3)`, [
      `"${schema}".linli_relay_checkpoints`, `"${schema}".linli_inbox`, `"${schema}".linli_parked`,
    ]);
    expect(rows.every((row) => row.table !== null)).toBe(true);
    const indexes = await connection.collection(`${prefix}_governance_history_v1`).indexes();
    expect(indexes.map((index) => index.key)).toContainEqual({ communityId: 1, sort: -1 });

    const second = capture();
    expect(await main(['db', 'migrate', '--service', 'ratings', '--schema', schema, '--prefix', prefix], second)).toBe(0);
    expect(second.out).toContain('ok  PostgreSQL');
    expect(await migrations()).toEqual(applied);
  });

  it('refuses a service it does not know, naming the flag and the choices (exit code 2)', async () => {
    const io = capture();
    expect(await main(['db', 'migrate', '--service', 'billing'], io)).toBe(2);
    expect(io.err).toContain('--service must be one of organizations, disputes, property-services, ratings, got "billing"');
  });
});

describe('linli kafka topics', () => {
  const suffix = `.ops${randomUUID().slice(0, 8)}`;
  let admin: Admin;

  beforeAll(async () => {
    admin = new Kafka({ clientId: 'ops-spec', brokers: process.env['KAFKA_BROKERS']!.split(','), logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
  });
  afterAll(async () => {
    await admin.deleteTopics({ topics: (await admin.listTopics()).filter((topic) => topic.includes(suffix)) }).catch(() => undefined);
    await admin.disconnect();
  });

  it('creates every catalogue topic and dead-letter topic with the partitions asked for, and leaves them alone the second time', async () => {
    const first = capture();
    expect(await main(['kafka', 'topics', 'create', '--partitions', '2', '--replication-factor', '1', '--suffix', suffix, '--json'], first)).toBe(0);
    const created = JSON.parse(first.out).topics as { topic: string; partitions: number; state: string }[];
    expect(created).toEqual(expect.arrayContaining([
      { topic: `linli.disputes.v1${suffix}`, partitions: 2, state: 'created' },
      { topic: `municipal.hotline.tickets.v1${suffix}`, partitions: 2, state: 'created' },
      { topic: `linli-ratings${suffix}.dlq`, partitions: 1, state: 'created' },
    ]));
    const metadata = await admin.fetchTopicMetadata({ topics: [`linli.ratings.v1${suffix}`] });
    expect(metadata.topics[0]?.partitions).toHaveLength(2);

    const second = capture();
    expect(await main(['kafka', 'topics', 'create', '--partitions', '6', '--suffix', suffix, '--json'], second)).toBe(0);
    const again = JSON.parse(second.out).topics as { topic: string; partitions: number; state: string }[];
    expect(again.every((row) => row.state === 'existed')).toBe(true);
    expect(again.find((row) => row.topic === `linli.disputes.v1${suffix}`)?.partitions).toBe(2); // never repartitioned
  });

  it('says what is wrong with a bad partition count (exit code 2)', async () => {
    const io = capture();
    expect(await main(['kafka', 'topics', 'create', '--partitions', 'many'], io)).toBe(2);
    expect(io.err).toContain('--partitions must be an integer between 1 and 10000, got "many"');
  });
});
