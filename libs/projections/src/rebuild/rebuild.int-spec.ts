import { randomUUID } from 'node:crypto';
import { createPostgresEventStore, uuidv7, type NewEvent, type PostgresEventStore } from '@linli/event-store';
import mongoose, { type Connection } from 'mongoose';
import { ProjectionCatalog } from '../catalog.js';
import { fromRecorded } from '../event-store-runner.js';
import { LiveProjections } from '../live-projections.js';
import { MongoProjectionWriter, strip } from '../mongo-projection-writer.js';
import type { Projection } from '../projection.js';
import { rebuildProjection } from './rebuild.js';
import { eventStoreReplay } from './replay-source.js';

// A tally per community that also deletes: enough to see replay, resume and the switch at work.
interface Tally {
  communityId: string;
  count: number;
}
const name = `test_rebuild_${randomUUID().slice(0, 8)}`;
const tallies: Projection<Tally> = {
  name,
  version: 1,
  keys: (event) => [(event.data as { communityId: string }).communityId],
  evolve: (doc, event, key) => (event.type === 'test.Archived' ? null : { communityId: key, count: (doc?.count ?? 0) + 1 }),
};
const event = (type: string, communityId: string): NewEvent => ({
  eventId: uuidv7(),
  type,
  schemaVersion: 1,
  data: { communityId },
  metadata: { occurredAt: '2026-01-01T00:00:00.000Z', actor: { id: 'a', role: 'r', orgUnitId: 'u' }, correlationId: 'c', causationId: 'c' },
});

describe('a blue/green rebuild from the event store', () => {
  let connection: Connection;
  let store: PostgresEventStore;
  const schema = `rebuild_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const source = () => eventStoreReplay(store, (e) => fromRecorded(e, 'test'), { streamPrefixes: ['test.'] });
  const docs = async (collection: string) => (await connection.collection(collection).find().sort({ _id: 1 }).toArray()).map(strip);

  beforeAll(async () => {
    connection = await mongoose.createConnection(process.env['MONGODB_URI']!).asPromise();
    store = await createPostgresEventStore({ connectionString: process.env['DATABASE_URL']!, schema });
    for (let i = 0; i < 30; i++) await store.appendToStream(`test.Thing-${i % 7}`, [event('test.Noted', `c${i % 5}`), ...(i === 12 ? [event('test.Archived', 'c4')] : [])]);
  });
  afterAll(async () => {
    for (const { name: collection } of await connection.db!.listCollections().toArray()) if (collection.startsWith(name)) await connection.dropCollection(collection);
    await new ProjectionCatalog(connection).collection.deleteOne({ _id: name });
    await connection.close();
    await store.pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await store.close();
  });

  it('fills a new collection equal to live application, resumes a stopped run, and switches while a live writer pauses', async () => {
    const live = new MongoProjectionWriter(tallies, connection);
    await live.apply((await store.readAll({ filter: { streamPrefixes: ['test.'] } })).map((e) => fromRecorded(e, 'test')));
    const liveDocs = await docs(`${name}_v1`);

    const stop = new AbortController();
    const progress: number[] = [];
    const first = rebuildProjection({ projection: tallies, connection, source: source(), pageSize: 4, maxDirty: 1, progressEveryMs: 0, signal: stop.signal, onProgress: (p) => (progress.push(p.events), p.events >= 8 && stop.abort()) });
    await expect(first).rejects.toThrow(/resume/);
    const saved = await new ProjectionCatalog(connection).entry(tallies);
    expect(saved.rebuild).toMatchObject({ target: `${name}_v1_g1`, phase: 'replaying' });
    expect(BigInt(saved.rebuild!.position)).toBeGreaterThan(0n);
    expect(saved.active).toBe(`${name}_v1`);

    const host = new LiveProjections({ connection, projections: [tallies], refreshMs: 20 });
    await host.start();
    const result = await rebuildProjection({ projection: tallies, connection, source: source(), pageSize: 4, dropAfterMs: 10 });
    expect(result).toMatchObject({ resumed: true, target: `${name}_v1_g1`, previous: `${name}_v1` });
    expect(await docs(result.target)).toEqual(liveDocs);

    await store.appendToStream('test.Thing-late', [event('test.Noted', 'c0')]);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(host.activeCollections().get(name)).toBe(result.target);
    await host.apply((await store.readAll({ filter: { streamPrefixes: ['test.'] } })).map((e) => fromRecorded(e, 'test')));
    await host.stop();
    expect((await docs(result.target)).find((d) => d['communityId'] === 'c0')).toEqual({ communityId: 'c0', count: 7 });
    expect((await connection.db!.listCollections({ name: `${name}_v1` }).toArray()).length).toBe(0);
  });
});
