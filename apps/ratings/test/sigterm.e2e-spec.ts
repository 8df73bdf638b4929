import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatewayForStream, type CloudEvent, type Gateway } from '@linli/contracts';
import { createPostgresEventStore, type PostgresEventStore } from '@linli/event-store';
import { consumerLag, ensureTopics, PostgresCheckpointStore, startRelay, type PartitionLag, type Relay } from '@linli/messaging';
import { eventStoreReplay, ProjectionCatalog, ProjectionCheckpoints, rebuildProjection, strip } from '@linli/projections';
import { CONSUMED_TOPICS, isConsumed, ratingsReadModels, REPLAY_FILTER, replayedEvent } from '@linli/ratings-read-models';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import pg from 'pg';
import { county } from './support/stored-scenario.js';
import { exitWithin, startRatingsProcess, until, type ServiceProcess } from './support/ratings-process.js';

// A pod being replaced mid-stream: the ratings service runs as its own process, consuming a backlog
// of the other contexts' public events, and gets SIGTERM while it is part-way through. It must
// finish the messages in hand, commit their offsets, leave its group and exit within its grace
// period; started again, it carries on from those offsets. In the end its read models must equal a
// rebuild from the event store, document for document: nothing lost, nothing applied twice.

const suffix = randomUUID().slice(0, 8);
const schema = `sig_${suffix}`;
const prefix = `sig_${suffix}`;
const referencePrefix = `sigref_${suffix}`;
const group = `sig-${suffix}`;
const topicName = (topic: string) => `${topic}.${suffix}`;
const topics = CONSUMED_TOPICS.map(topicName);
const SHUTDOWN_TIMEOUT_MS = 15_000;
const relayed: Gateway = (stored) => gatewayForStream(stored.streamName)?.(stored) ?? null;

const serviceEnv = {
  RATINGS_READ_MODEL_PREFIX: prefix,
  RATINGS_CONSUMER_GROUP: group,
  RATINGS_TOPIC_SUFFIX: `.${suffix}`,
  SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
  // HTTP is not what this test is about: the local dev key pair, in a directory of its own, and no org-tree feed.
  AUTH_MODE: 'dev',
  AUTH_DEV_KEY_DIR: join(tmpdir(), `linli-sigterm-${suffix}`),
  AUTH_TREE_FEED: 'off',
  // Small runs, so that the SIGTERM finds the service part-way through the backlog of 288 messages.
  RATINGS_CONSUMER_MAX_BATCH: '2',
};

interface Sent {
  readonly topic: string;
  readonly partition: number;
  readonly offset: bigint;
  readonly event: CloudEvent;
}

describe('the ratings service stopped with SIGTERM while events flow', () => {
  let pool: pg.Pool;
  let store: PostgresEventStore;
  let kafka: Kafka;
  let admin: Admin;
  let connection: Connection;
  let relay: Relay;
  let service: ServiceProcess | undefined;
  const models = ratingsReadModels(prefix);
  const reference = ratingsReadModels(referencePrefix);

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: process.env['DATABASE_URL']!, max: 4 });
    store = await createPostgresEventStore({ pool, schema, pollIntervalMs: 50 });
    kafka = new Kafka({ clientId: `sig-${suffix}`, brokers: process.env['KAFKA_BROKERS']!.split(','), logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    await admin.connect();
    connection = await mongoose.createConnection(process.env['MONGODB_URI']!).asPromise();
    await ensureTopics(admin, topics.map((topic) => ({ topic })));
    // The other contexts' history of eight communities, published to the test's own topics before the service starts.
    for (const { stream, events } of county(`sg-${suffix}`, 8, 4).filter((append) => !append.stream.startsWith('ratings.'))) await store.appendToStream(stream, events);
    relay = await startRelay({
      name: `sig-${suffix}`, store, kafka, gateway: relayed, topicName, batchSize: 100,
      checkpoints: await PostgresCheckpointStore.create(pool, schema), filter: { streamPrefixes: ['organizations.', 'disputes.', 'property.'] },
    });
    const last = (await store.readAll({ filter: { streamPrefixes: ['organizations.', 'disputes.', 'property.'] } })).at(-1)!.globalPosition;
    await until('the relay published the history', async () => relay.position() >= last, 60_000, 50);
  }, 180_000);

  afterAll(async () => {
    if (service && service.child.exitCode === null && service.child.signalCode === null) service.child.kill('SIGKILL');
    await relay?.stop();
    for (const { name } of (await connection?.db?.listCollections().toArray()) ?? []) if (name.startsWith(prefix) || name.startsWith(referencePrefix)) await connection.dropCollection(name);
    await new ProjectionCatalog(connection).collection.deleteMany({ _id: { $in: [...models.all, ...reference.all].map((p) => p.name) } });
    for (const checkpoint of [`${prefix}-own-events`, `kafka-feed:${group}:${prefix}-own-events`]) await new ProjectionCheckpoints(connection).reset(checkpoint).catch(() => undefined);
    await connection?.close();
    await admin?.deleteTopics({ topics: (await admin.listTopics()).filter((topic) => topic.includes(suffix)) }).catch(() => undefined);
    await admin?.deleteGroups([group]).catch(() => undefined);
    await admin?.disconnect();
    await store?.close();
    await pool?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool?.end();
  });

  const lags = () => consumerLag(admin, group, topics).catch((): PartitionLag[] => []);
  const committed = (lag: PartitionLag) => (BigInt(lag.committed) > 0n ? BigInt(lag.committed) : 0n);
  const documents = async (collection: string) =>
    (await connection.collection(collection).find().sort({ _id: 1 }).toArray()).map((doc) => ({ _id: doc._id, ...strip(doc) })).filter((doc) => JSON.stringify(doc).includes(suffix));

  /** Every message of the test's topics, read back from the broker by a throwaway group. */
  async function sentMessages(expected: number): Promise<Sent[]> {
    const sent: Sent[] = [];
    const reader = kafka.consumer({ groupId: `${group}-reader`, maxWaitTimeInMs: 200 });
    await reader.connect();
    await reader.subscribe({ topics, fromBeginning: true });
    await reader.run({ eachMessage: async ({ topic, partition, message }) => void sent.push({ topic, partition, offset: BigInt(message.offset), event: JSON.parse(message.value!.toString('utf8')) as CloudEvent }) });
    await until('the reader saw every message', async () => sent.length >= expected, 60_000);
    await reader.disconnect();
    await admin.deleteGroups([`${group}-reader`]).catch(() => undefined);
    return sent;
  }

  it('exits within its grace period with its offsets committed, and loses or doubles nothing when started again', async () => {
    const total = (await Promise.all(topics.map((topic) => admin.fetchTopicOffsets(topic)))).flat().reduce((sum, p) => sum + Number(p.high), 0);
    expect(total).toBeGreaterThan(150);

    // Given the service part-way through the backlog
    service = await startRatingsProcess(serviceEnv);
    const first = service;
    const running = () => {
      if (first.child.exitCode !== null) throw new Error(`the service exited with ${first.child.exitCode}`);
    };
    await until('the service committed its first offsets (ten messages)', async () => (running(), (await lags()).reduce((sum, lag) => sum + committed(lag), 0n) >= 10n), 180_000, 50).catch((error: Error) => {
      throw new Error(`${error.message}; the service wrote:\n${first.output().slice(-4000)}`);
    });

    // (a request meanwhile: its correlation id is echoed and logged)
    const request = await fetch(`${first.url}/dashboard`, { headers: { 'x-correlation-id': `sigterm-${suffix}` } });
    expect(request.headers.get('x-correlation-id')).toBe(`sigterm-${suffix}`);

    // When it receives SIGTERM
    first.child.kill('SIGTERM');
    const exit = await exitWithin(first, SHUTDOWN_TIMEOUT_MS + 10_000);

    // Then it stopped on its own before its grace period ran out (a forced exit is code 1, a hang is null)
    expect({ exit, log: exit?.signal === 'SIGTERM' ? 'ok' : first.output().slice(-3000) }).toEqual({ exit: { code: null, signal: 'SIGTERM' }, log: 'ok' });
    expect(first.output()).toContain('"msg":"shutting down: draining HTTP, stopping consumers and the relay"');
    expect(first.output()).not.toContain('"level":"error"');
    expect(first.output()).toMatch(new RegExp(`"route":"/dashboard","status":\\d+,"ms":\\d+,"correlationId":"sigterm-${suffix}"`));
    // it left its group rather than waiting to be timed out of it
    const [description] = (await admin.describeGroups([group])).groups;
    expect(description).toMatchObject({ state: 'Empty', members: [] });
    // and it stopped mid-stream, with every message below its committed offsets already in the read models
    const atExit = await lags();
    const committedCount = atExit.reduce((sum, lag) => sum + Number(committed(lag)), 0);
    expect(committedCount).toBeGreaterThan(0);
    expect(committedCount).toBeLessThan(total);
    const sent = await sentMessages(total);
    const timeline = new Set((await connection.collection(`${prefix}_governance_history_v1`).find({}, { projection: { _id: 1 } }).toArray()).map((doc) => String(doc._id)));
    const committedOffsets = new Map(atExit.map((lag) => [`${lag.topic}/${lag.partition}`, committed(lag)]));
    const missing = sent
      .filter((message) => message.offset < (committedOffsets.get(`${message.topic}/${message.partition}`) ?? 0n))
      .filter(({ event }) => isConsumed(event.type) && typeof (event.data as Record<string, unknown>)['communityId'] === 'string')
      .filter(({ event }) => !timeline.has(`${(event.data as Record<string, string>)['communityId']}|${event.id}`));
    expect(missing.map(({ topic, partition, offset }) => `${topic}/${partition}@${offset}`)).toEqual([]);

    // When it is started again with the same group
    const second = await startRatingsProcess(serviceEnv);
    service = second;
    let remaining: PartitionLag[] = [];
    await until('the restarted service drained the backlog', async () => {
      if (second.child.exitCode !== null) throw new Error(`the restarted service exited with ${second.child.exitCode}`);
      remaining = await lags();
      return remaining.length > 0 && remaining.every((lag) => lag.lag === 0);
    }, 300_000, 250).catch((error: Error) => {
      throw new Error(`${error.message}; lag ${JSON.stringify(remaining.map((lag) => lag.lag))} of ${total}; the service wrote:\n${second.output().slice(-4000)}`);
    });
    second.child.kill('SIGTERM');
    expect(await exitWithin(second, SHUTDOWN_TIMEOUT_MS + 10_000)).toEqual({ code: null, signal: 'SIGTERM' });

    // Then every read model equals a rebuild of the same events from the event store
    for (const [index, projection] of reference.all.entries()) {
      const result = await rebuildProjection({ projection, connection, source: eventStoreReplay(store, replayedEvent, REPLAY_FILTER), pageSize: 40, maxDirty: 25, insertBatch: 30, switchTimeoutMs: 10_000 });
      const live = models.all[index]!;
      expect({ projection: live.name, docs: await documents(`${live.name}_v1`) }).toEqual({ projection: live.name, docs: await documents(result.target) });
    }
    expect((await documents(`${prefix}_governance_history_v1`)).length).toBeGreaterThan(150);
  }, 900_000);
});
