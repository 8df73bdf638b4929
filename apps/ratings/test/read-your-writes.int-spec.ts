import { randomUUID } from 'node:crypto';
import { gatewayForStream, type Gateway } from '@linli/contracts';
import { createPostgresEventStore, type PostgresEventStore } from '@linli/event-store';
import { PostgresCheckpointStore, startRelay, type Relay } from '@linli/messaging';
import { ProjectionCatalog, ProjectionCheckpoints } from '@linli/projections';
import { CONSUMED_TOPICS, ratingsReadModels } from '@linli/ratings-read-models';
import { Kafka, logLevel } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import pg from 'pg';
import { RatingsLivePipeline } from '../src/live/ratings-live-pipeline.js';
import { disputeHistory } from './support/stored-scenario.js';

// Read-your-writes for another service's event, the way production runs: a dispute appended to a
// real PostgreSQL event store, a relay publishing it to Kafka, the ratings feed applying it. The
// gate (waitFor) must not say "reached" before the event itself is in the read models, and must
// say so soon after it is.

const suffix = randomUUID().slice(0, 8);
const schema = `ryw_${suffix}`;
const prefix = `ryw_${suffix}`;
const topicName = (topic: string) => `${topic}.${suffix}`;
const relayed: Gateway = (stored) => gatewayForStream(stored.streamName)?.(stored) ?? null;

describe('read-your-writes for events the ratings read models consume from Kafka', () => {
  let pool: pg.Pool;
  let store: PostgresEventStore;
  let kafka: Kafka;
  let connection: Connection;
  let relay: Relay | undefined;
  let pipeline: RatingsLivePipeline;
  const models = ratingsReadModels(prefix);
  const errors: unknown[] = [];
  const startRelaying = async () =>
    (relay = await startRelay({
      name: `ryw-${suffix}`, store, kafka, gateway: relayed, topicName, batchSize: 50,
      checkpoints: await PostgresCheckpointStore.create(pool, schema), filter: { streamPrefixes: ['organizations.', 'disputes.', 'property.'] },
    }));
  const timeline = (communityId: string) => connection.collection(`${prefix}_governance_history_v1`).countDocuments({ communityId });
  const report = async (communityId: string) => {
    const { stream, events } = disputeHistory(communityId, 1, 10);
    const appended = await store.appendToStream(stream, events.slice(0, 1)); // DisputeReported only
    return appended.position;
  };

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: process.env['DATABASE_URL']!, max: 6 });
    store = await createPostgresEventStore({ pool, schema, pollIntervalMs: 50 });
    kafka = new Kafka({ clientId: `ryw-${suffix}`, brokers: process.env['KAFKA_BROKERS']!.split(','), logLevel: logLevel.NOTHING });
    connection = await mongoose.createConnection(process.env['MONGODB_URI']!).asPromise();
    pipeline = new RatingsLivePipeline({
      store, connection, pool, kafka, models, schema, fastGroup: true,
      groupId: `ryw-${suffix}`, topics: CONSUMED_TOPICS.map(topicName), ownCheckpoint: `${prefix}-own`, onError: (error) => errors.push(error),
    });
    await pipeline.start();
    await pipeline.feed?.joined();
  }, 120_000);

  afterAll(async () => {
    await relay?.stop();
    await pipeline?.stop();
    for (const { name } of await connection.db!.listCollections().toArray()) if (name.startsWith(prefix)) await connection.dropCollection(name);
    await new ProjectionCatalog(connection).collection.deleteMany({ _id: { $in: models.all.map((p) => p.name) } });
    await new ProjectionCheckpoints(connection).reset(`${prefix}-own`);
    await connection.collection<{ _id: string }>('projection_checkpoints').deleteOne({ _id: `kafka-feed:ryw-${suffix}:${prefix}-own` });
    await connection.close();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: (await admin.listTopics()).filter((topic) => topic.includes(suffix)) }).catch(() => undefined);
    await admin.deleteGroups([`ryw-${suffix}`]).catch(() => undefined);
    await admin.disconnect();
    await store.close();
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  it('does not report a dispute reached while no relay has published it, though no partition lags', async () => {
    // Given a dispute stored after the feed started, and no relay running
    const community = `rc-${suffix}-unpublished`;
    const position = await report(community);

    // When a query waits for its position
    const reached = await pipeline.waitFor(position, 1_500);

    // Then the gate answers "not yet" (202), and indeed the read models do not have it
    expect(reached).toBe(false);
    expect(await timeline(community)).toBe(0);
  });

  // Follows the case above: the same dispute, now relayed.
  it('reports the dispute reached once the feed applied it, with it in the read models', async () => {
    // Given the dispute of the case above, and a relay that starts publishing
    const community = `rc-${suffix}-unpublished`;
    const position = (await store.readAll({ filter: { streamPrefixes: ['disputes.'] } })).at(-1)!.globalPosition;
    await startRelaying();

    // When a query waits for its position
    const reached = await pipeline.waitFor(position, 30_000);

    // Then it is reached, the read models show it, and the answer reports at least that position
    expect(reached).toBe(true);
    expect(await timeline(community)).toBe(1);
    expect(await pipeline.answeredPosition(position)).toBeGreaterThanOrEqual(position);
    expect(errors).toEqual([]);
  }, 60_000);

  it('sees each of a stream of new disputes in the read models as soon as the gate lets it through', async () => {
    // Given the relay running, when disputes are reported one after the other
    for (let n = 0; n < 5; n++) {
      const community = `rc-${suffix}-live-${n}`;
      const position = await report(community);

      // Then each one's position is reached within the wait, and by then it is in the read models
      expect(await pipeline.waitFor(position, 30_000)).toBe(true);
      expect(await timeline(community)).toBe(1);
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it('answers a position past the head by the whole position: not reached', async () => {
    // Given a position past the log's head (no event there)
    const beyond = (await store.headPosition()) + 1_000n;

    // Then waiting for it runs out (202), while the head itself is reached
    expect(await pipeline.waitFor(beyond, 300)).toBe(false);
    expect(await pipeline.waitFor(await store.headPosition(), 30_000)).toBe(true);
  }, 60_000);
});
