// Smoke tests against the real servers of tools/infra (or the external ones the environment names): no mocks.
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Admin, type Consumer, type Producer } from 'kafkajs';
import mongoose, { Schema, type Connection } from 'mongoose';
import pg from 'pg';
import { waitForLeaders } from '@linli/messaging';

function endpoint(name: 'DATABASE_URL' | 'KAFKA_BROKERS' | 'MONGODB_URI'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run \`npm run infra:up\` first (it writes .linli/endpoints.json)`);
  return value;
}

const suffix = randomUUID().slice(0, 8);

describe('PostgreSQL', () => {
  let pool: pg.Pool;

  beforeAll(() => {
    pool = new pg.Pool({ connectionString: endpoint('DATABASE_URL'), max: 2 });
  });

  afterAll(async () => {
    await pool.end();
  });

  it('round-trips rows through a temporary table', async () => {
    const client = await pool.connect();
    try {
      await client.query('create temp table smoke (id int primary key, body text not null)');
      await client.query('insert into smoke (id, body) values ($1, $2), ($3, $4)', [1, 'one', 2, 'two']);
      const { rows } = await client.query('select id, body from smoke order by id');
      expect(rows).toEqual([
        { id: 1, body: 'one' },
        { id: 2, body: 'two' },
      ]);
    } finally {
      client.release();
    }
  });

  it('runs with durability on and room for many connections', async () => {
    const { rows } = await pool.query("select current_setting('fsync') as fsync, current_setting('synchronous_commit') as sc, current_setting('max_connections')::int as max");
    expect(rows[0]).toEqual({ fsync: 'on', sc: 'on', max: expect.any(Number) });
    expect(rows[0].max).toBeGreaterThanOrEqual(100);
  });
});

describe('Kafka', () => {
  const topic = `infra-smoke-${suffix}`;
  const groupId = `infra-smoke-group-${suffix}`;
  const kafka = new Kafka({ clientId: 'infra-smoke', brokers: endpoint('KAFKA_BROKERS').split(','), logLevel: logLevel.NOTHING });
  let admin: Admin;
  let producer: Producer;
  let consumer: Consumer;

  beforeAll(async () => {
    admin = kafka.admin();
    producer = kafka.producer({ allowAutoTopicCreation: false });
    consumer = kafka.consumer({ groupId, sessionTimeout: 10000, heartbeatInterval: 1000 });
    await Promise.all([admin.connect(), producer.connect(), consumer.connect()]);
  });

  afterAll(async () => {
    await Promise.allSettled([consumer.disconnect(), producer.disconnect()]);
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('creates a uniquely named topic with an admin client', async () => {
    // kafkajs's waitForLeaders gives up on the UNKNOWN_TOPIC_OR_PARTITION a new KRaft broker answers
    // for a moment; the project's waitForLeaders tolerates it.
    await expect(admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: false })).resolves.toBe(true);
    await waitForLeaders(admin, [topic], 30_000);
    expect(await admin.listTopics()).toContain(topic);
  });

  it('delivers keyed messages in order to a consumer group and records its committed offset', async () => {
    await producer.send({
      topic,
      messages: [1, 2, 3].map((n) => ({ key: `key-${n}`, value: `message-${n}` })),
    });

    const received: Array<{ key: string; value: string; offset: string }> = [];
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            received.push({ key: String(message.key), value: String(message.value), offset: message.offset });
            await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
            if (received.length === 3) resolve();
          },
        })
        .catch(reject);
    });
    await consumer.stop();

    expect(received.map(({ key, value }) => [key, value])).toEqual([
      ['key-1', 'message-1'],
      ['key-2', 'message-2'],
      ['key-3', 'message-3'],
    ]);
    expect(received.map((m) => m.offset)).toEqual(['0', '1', '2']);

    const otherAdmin = kafka.admin();
    await otherAdmin.connect();
    try {
      const offsets = await otherAdmin.fetchOffsets({ groupId, topics: [topic] });
      expect(offsets).toEqual([{ topic, partitions: [{ partition: 0, offset: '3', metadata: null }] }]);
    } finally {
      await otherAdmin.disconnect();
    }
  });
});

describe('MongoDB wire protocol', () => {
  const collection = `infra_smoke_${suffix}`;
  let connection: Connection;

  beforeAll(async () => {
    connection = await mongoose.createConnection(endpoint('MONGODB_URI'), { serverSelectionTimeoutMS: 10000 }).asPromise();
  });

  afterAll(async () => {
    await connection.dropCollection(collection).catch(() => undefined);
    await connection.close();
  });

  it('writes and reads a document through a mongoose model', async () => {
    const Note = connection.model('InfraSmokeNote', new Schema({ title: { type: String, required: true }, votes: Number }), collection);
    const created = await Note.create({ title: 'hello', votes: 1 });
    await Note.updateOne({ _id: created._id }, { $inc: { votes: 2 } });

    const found = await Note.findById(created._id).lean();
    expect(found).toMatchObject({ title: 'hello', votes: 3 });
    expect(await Note.countDocuments()).toBe(1);
  });
});
