import { randomUUID } from 'node:crypto';
import { createPostgresEventStore, uuidv7, type NewEvent, type PostgresEventStore } from '@linli/event-store';
import mongoose, { type Connection } from 'mongoose';
import { ProjectionCatalog } from './catalog.js';
import { runEventStoreProjections } from './event-store-runner.js';
import { LiveProjections } from './live-projections.js';
import { MongoProjectionWriter, strip } from './mongo-projection-writer.js';
import { collectionName, type ProjectedEvent, type Projection } from './projection.js';

// A tally of events per community: small, but it deletes, counts and can be double-applied.
interface Tally {
  communityId: string;
  count: number;
  lastType: string;
}
const tallies: Projection<Tally> = {
  name: `test_tally_${randomUUID().slice(0, 8)}`,
  version: 1,
  keys: (event) => [(event.data as { communityId: string }).communityId],
  evolve: (doc, event, key) => (event.type === 'test.Archived' ? null : { communityId: key, count: (doc?.count ?? 0) + 1, lastType: event.type }),
};

const event = (type: string, communityId: string): NewEvent => ({
  eventId: uuidv7(),
  type,
  schemaVersion: 1,
  data: { communityId },
  metadata: { occurredAt: '2026-01-01T00:00:00.000Z', actor: { id: 'a', role: 'r', orgUnitId: 'u' }, correlationId: uuidv7(), causationId: uuidv7() },
});
const projected = (type: string, communityId: string, position: bigint): ProjectedEvent => ({
  eventId: uuidv7(), type, data: { communityId }, occurredAt: '2026-01-01T00:00:00.000Z', source: 'test', position,
});

describe('the projection engine on MongoDB', () => {
  let connection: Connection;
  let store: PostgresEventStore;
  const schema = `proj_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  beforeAll(async () => {
    connection = await mongoose.createConnection(process.env['MONGODB_URI']!).asPromise();
    store = await createPostgresEventStore({ connectionString: process.env['DATABASE_URL']!, schema });
  });
  afterAll(async () => {
    for (const { name } of await connection.db!.listCollections().toArray()) {
      if (name.startsWith(tallies.name)) await connection.dropCollection(name);
    }
    await connection.close();
    await store.pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await store.close();
  });

  it('given these events, then these documents, stored with the positions they reflect', async () => {
    const writer = new MongoProjectionWriter(tallies, connection, `${tallies.name}_given`);
    await writer.apply([projected('test.Opened', 'c1', 10n), projected('test.Noted', 'c1', 11n), projected('test.Opened', 'c2', 12n)]);
    const docs = await writer.collection.find().sort({ _id: 1 }).toArray();
    expect(docs.map(strip)).toEqual([{ communityId: 'c1', count: 2, lastType: 'test.Noted' }, { communityId: 'c2', count: 1, lastType: 'test.Opened' }]);
    expect(docs[0]!._applied).toEqual({ test: '00000000000000000011' });
  });

  it('delivering every event twice gives the same documents', async () => {
    const writer = new MongoProjectionWriter(tallies, connection, `${tallies.name}_twice`);
    const events = [projected('test.Opened', 'c1', 20n), projected('test.Noted', 'c1', 21n), projected('test.Archived', 'c2', 22n)];
    await writer.apply(events);
    const once = await writer.collection.find().sort({ _id: 1 }).toArray();
    await writer.apply(events);
    await writer.apply([...events].reverse());
    expect(await writer.collection.find().sort({ _id: 1 }).toArray()).toEqual(once);
  });

  it('remembers a deleted document as a tombstone so a replayed creation does not revive it', async () => {
    const writer = new MongoProjectionWriter(tallies, connection, `${tallies.name}_tomb`);
    await writer.apply([projected('test.Opened', 'c9', 30n), projected('test.Archived', 'c9', 31n)]);
    await writer.apply([projected('test.Opened', 'c9', 30n)]);
    expect(await writer.collection.findOne({ _id: 'c9' })).toMatchObject({ _deleted: true });
  });

  it('given a document a writer remembers, when another writer changed it since, then the next event still folds into the stored one', async () => {
    const name = `${tallies.name}_shared`;
    const remembering = new MongoProjectionWriter(tallies, connection, name);
    const replica = new MongoProjectionWriter(tallies, connection, name);
    await remembering.apply([projected('test.Opened', 'c1', 40n)]);
    await replica.apply([projected('test.Noted', 'c1', 41n)]);

    await remembering.apply([projected('test.Noted', 'c1', 42n)]);

    const doc = await remembering.collection.findOne({ _id: 'c1' });
    expect(strip(doc!)).toEqual({ communityId: 'c1', count: 3, lastType: 'test.Noted' });
    expect(doc).toMatchObject({ _rev: 3, _applied: { test: '00000000000000000042' } });
  });

  it('given a document a writer remembers, when its collection was emptied, then the next event creates it again from the event', async () => {
    const writer = new MongoProjectionWriter(tallies, connection, `${tallies.name}_emptied`);
    await writer.apply([projected('test.Opened', 'c1', 50n), projected('test.Noted', 'c1', 51n)]);
    await writer.collection.deleteMany({});

    await writer.apply([projected('test.Noted', 'c1', 52n)]);

    expect(strip((await writer.collection.findOne({ _id: 'c1' }))!)).toEqual({ communityId: 'c1', count: 1, lastType: 'test.Noted' });
  });

  it('replaces more documents at once than one bulkWrite may carry on FerretDB (chunks of 40)', async () => {
    const writer = new MongoProjectionWriter(tallies, connection, `${tallies.name}_many`);
    const communities = Array.from({ length: 120 }, (_, i) => `m${i}`);
    await writer.apply(communities.map((c, i) => projected('test.Opened', c, 1_000n + BigInt(i))));
    await writer.apply(communities.map((c, i) => projected('test.Noted', c, 2_000n + BigInt(i))));
    expect(await writer.collection.countDocuments({ count: 2, _rev: 2 })).toBe(120);
  });

  it('given a long queue of live writes, a call marked first overtakes it, and every call\'s events are stored', async () => {
    const live = { ...tallies, name: `${tallies.name}_live` };
    const projections = new LiveProjections({ connection, projections: [live] });
    await projections.start();
    try {
      // Given a write in progress and two large batches queued behind it (a Kafka backlog)
      const batch = (community: string, from: number) => Array.from({ length: 700 }, (_, i) => projected('test.Noted', community, BigInt(from + i)));
      const resolved: string[] = [];
      const track = (name: string, call: Promise<void>) => call.then(() => void resolved.push(name));
      const calls = [track('backlog-1', projections.apply(batch('k1', 10_000))), track('backlog-2', projections.apply(batch('k2', 20_000))), track('backlog-3', projections.apply(batch('k3', 30_000)))];

      // When the service's own event arrives, marked first
      calls.push(track('own', projections.apply([projected('test.Opened', 'own', 40_000n)], { first: true })));
      await Promise.all(calls);

      // Then it is written no later than the next round, ahead of the backlog that was queued before it
      expect(resolved.indexOf('own')).toBeLessThan(resolved.indexOf('backlog-3'));
      const counts = await connection.collection<{ _id: string; count: number }>(collectionName(live)).find({}, { projection: { count: 1 } }).sort({ _id: 1 }).toArray();
      expect(counts).toEqual([{ _id: 'k1', count: 700 }, { _id: 'k2', count: 700 }, { _id: 'k3', count: 700 }, { _id: 'own', count: 1 }]);
    } finally {
      await projections.stop();
      await new ProjectionCatalog(connection).collection.deleteMany({ _id: live.name });
    }
  });

  it('tails the event store from its checkpoint and lets a reader wait for its own write', async () => {
    await store.appendToStream(`test.Thing-${randomUUID()}`, [event('test.Opened', 'c1'), event('test.Noted', 'c1')]);
    const running = await runEventStoreProjections({ name: `${tallies.name}_runner`, store, connection, projections: [tallies], source: 'test', filter: { streamPrefixes: ['test.'] } });
    const { position } = await store.appendToStream(`test.Thing-${randomUUID()}`, [event('test.Opened', 'c2')]);
    expect(await running.waitFor(position, 10_000)).toBe(true);
    const collection = connection.collection<{ _id: string; count: number }>(`${tallies.name}_v1`);
    expect(await collection.find({}, { projection: { _id: 1, count: 1 } }).sort({ _id: 1 }).toArray()).toEqual([{ _id: 'c1', count: 2 }, { _id: 'c2', count: 1 }]);
    await running.stop();

    await store.appendToStream(`test.Thing-${randomUUID()}`, [event('test.Noted', 'c2')]);
    const resumed = await runEventStoreProjections({ name: `${tallies.name}_runner`, store, connection, projections: [tallies], source: 'test', filter: { streamPrefixes: ['test.'] } });
    expect(await resumed.waitFor(await store.headPosition(), 10_000)).toBe(true);
    expect(await collection.findOne({ _id: 'c2' })).toMatchObject({ count: 2, lastType: 'test.Noted' });
    await resumed.stop();
  });
  it('given a projection that fails on an event once, when it runs, then it reports the failure and starts again from its checkpoint without losing or doubling anything', async () => {
    const prefix = `flaky${randomUUID().slice(0, 8)}.`;
    let failuresToInject = 1;
    const flaky: Projection<Tally> = {
      ...tallies,
      name: `${tallies.name}_flaky`,
      evolve: (doc, e, key) => {
        if (e.type === 'test.Noted' && failuresToInject > 0) {
          failuresToInject--;
          throw new Error('injected fault in the fold');
        }
        return tallies.evolve(doc, e, key);
      },
    };
    const errors: string[] = [];
    const running = await runEventStoreProjections({
      name: `${flaky.name}_runner`, store, connection, projections: [flaky], source: 'test', filter: { streamPrefixes: [prefix] },
      onError: (error) => errors.push((error as Error).message),
    });
    await store.appendToStream(`${prefix}Thing-${randomUUID()}`, [event('test.Opened', 'f1')]);
    const { position } = await store.appendToStream(`${prefix}Thing-${randomUUID()}`, [event('test.Noted', 'f1'), event('test.Noted', 'f1')]);
    expect(await running.waitFor(position, 20_000)).toBe(true);
    await running.stop();
    expect(errors).toEqual(['injected fault in the fold']);
    expect(await connection.collection<{ _id: string }>(`${flaky.name}_v1`).findOne({ _id: 'f1' })).toMatchObject({ count: 3, lastType: 'test.Noted' });
  });
});
