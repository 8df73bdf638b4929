import { randomUUID } from 'node:crypto';
import { gatewayForStream, type Gateway } from '@linli/contracts';
import { createPostgresEventStore, type PostgresEventStore } from '@linli/event-store';
import { PostgresCheckpointStore, startRelay, type Relay } from '@linli/messaging';
import { ProjectionCatalog, ProjectionCheckpoints } from '@linli/projections';
import { CONSUMED_TOPICS, ratingsReadModels, type RatingsReadModels } from '@linli/ratings-read-models';
import { Kafka, logLevel } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import pg from 'pg';
import { RatingsLivePipeline, type RatingsLiveOptions } from '../../src/live/ratings-live-pipeline.js';

/** The other services' streams, relayed to their topics. */
const RELAYED_STREAMS = ['organizations.', 'disputes.', 'property.'];
const relayed: Gateway = (stored) => gatewayForStream(stored.streamName)?.(stored) ?? null;

function endpoint(name: 'DATABASE_URL' | 'KAFKA_BROKERS' | 'MONGODB_URI'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: start the servers (npm run infra:up)`);
  return value;
}

/**
 * The ratings live side the way production runs, on the real servers and on names of its own: a
 * PostgreSQL event store (schema `<tag>_<suffix>`), a relay publishing the other services' events
 * through their gateways to Kafka topics of its own, and a RatingsLivePipeline consuming them into
 * MongoDB collections of its own. `close` removes all of it.
 */
export interface LiveStack {
  readonly suffix: string;
  /** The read models' collection prefix. */
  readonly prefix: string;
  readonly groupId: string;
  readonly pool: pg.Pool;
  readonly store: PostgresEventStore;
  readonly kafka: Kafka;
  readonly connection: Connection;
  readonly models: RatingsReadModels;
  /** Errors the pipelines reported (a test expects none). */
  readonly errors: unknown[];
  /** A new pipeline of this stack (not started), e.g. to start the service again. */
  pipeline(extra?: Partial<RatingsLiveOptions>): RatingsLivePipeline;
  /** Starts a relay of the other services' streams (stopped by close). */
  startRelay(): Promise<Relay>;
  /** The marker of the feed's group in the read models' database. */
  readonly feedMarker: string;
  /** Stops what runs (the given pipeline too) and drops the schema, topics, group and collections. */
  close(pipeline?: RatingsLivePipeline): Promise<void>;
}

export async function openLiveStack(tag: string): Promise<LiveStack> {
  const suffix = randomUUID().slice(0, 8);
  const prefix = `${tag}_${suffix}`;
  const schema = prefix;
  const groupId = `${tag}-${suffix}`;
  const topicName = (topic: string) => `${topic}.${suffix}`;
  const pool = new pg.Pool({ connectionString: endpoint('DATABASE_URL'), max: 6 });
  const store = await createPostgresEventStore({ pool, schema, pollIntervalMs: 50 });
  const kafka = new Kafka({ clientId: groupId, brokers: endpoint('KAFKA_BROKERS').split(','), logLevel: logLevel.NOTHING });
  const connection = await mongoose.createConnection(endpoint('MONGODB_URI')).asPromise();
  const models = ratingsReadModels(prefix);
  const errors: unknown[] = [];
  const relays: Relay[] = [];
  const ownCheckpoint = `${prefix}-own`;
  const feedMarker = `kafka-feed:${groupId}:${ownCheckpoint}`;
  return {
    suffix, prefix, groupId, pool, store, kafka, connection, models, errors, feedMarker,
    pipeline: (extra = {}) =>
      new RatingsLivePipeline({
        store, connection, pool, kafka, models, schema, fastGroup: true,
        groupId, topics: CONSUMED_TOPICS.map(topicName), ownCheckpoint, onError: (error) => errors.push(error), ...extra,
      }),
    startRelay: async () => {
      const relay = await startRelay({
        name: groupId, store, kafka, gateway: relayed, topicName, batchSize: 50,
        checkpoints: await PostgresCheckpointStore.create(pool, schema), filter: { streamPrefixes: RELAYED_STREAMS },
      });
      relays.push(relay);
      return relay;
    },
    close: async (pipeline) => {
      for (const relay of relays) await relay.stop();
      await pipeline?.stop();
      for (const { name } of (await connection.db?.listCollections().toArray()) ?? []) if (name.startsWith(prefix)) await connection.dropCollection(name);
      await new ProjectionCatalog(connection).collection.deleteMany({ _id: { $in: models.all.map((p) => p.name) } });
      await new ProjectionCheckpoints(connection).reset(ownCheckpoint);
      await connection.collection<{ _id: string }>('projection_checkpoints').deleteOne({ _id: feedMarker });
      await connection.close();
      const admin = kafka.admin();
      await admin.connect();
      await admin.deleteTopics({ topics: (await admin.listTopics()).filter((topic) => topic.includes(suffix)) }).catch(() => undefined);
      await admin.deleteGroups([groupId]).catch(() => undefined);
      await admin.disconnect();
      await store.close();
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    },
  };
}
