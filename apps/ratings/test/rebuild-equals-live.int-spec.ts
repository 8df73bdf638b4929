import type { Relay } from '@linli/messaging';
import { eventStoreReplay, ProjectionCatalog, rebuildProjection, strip } from '@linli/projections';
import { REPLAY_FILTER, replayedEvent } from '@linli/ratings-read-models';
import type { RatingsLivePipeline } from '../src/live/ratings-live-pipeline.js';
import { openLiveStack, type LiveStack } from './support/live-stack.js';
import { county } from './support/stored-scenario.js';

// A county's history goes live the way production runs: private events appended to a real
// PostgreSQL event store, a relay publishing them through the gateways to Kafka, the ratings
// consumer applying them (its own events from its log). Then every read model is rebuilt from the
// event store, blue/green while the live writers pause, and must equal its live collection
// document for document (bookkeeping aside).

describe('rebuilding the ratings read models from the event store', () => {
  let stack: LiveStack;
  let relay: Relay;
  let pipeline: RatingsLivePipeline;

  beforeAll(async () => {
    stack = await openLiveStack('rel');
    pipeline = stack.pipeline();
    await pipeline.start();
    relay = await stack.startRelay();
  });

  afterAll(async () => {
    await stack?.close(pipeline);
  });

  const documents = async (collection: string) => (await stack.connection.collection(collection).find().sort({ _id: 1 }).toArray()).map((doc) => ({ _id: doc._id, ...strip(doc) }));

  it('gives every read model, document for document, what live consumption built', async () => {
    const { store, models, prefix, connection, errors } = stack;
    for (const { stream, events } of county(`rc-${stack.suffix}`, 4, 4)) await store.appendToStream(stream, events);
    const head = await store.headPosition();
    const others = await store.readAll({ filter: { streamPrefixes: ['organizations.', 'disputes.', 'property.'] } });
    const lastPublished = others.at(-1)!.globalPosition;
    for (const deadline = Date.now() + 15_000; relay.position() < lastPublished && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 50));
    for (const deadline = Date.now() + 15_000; (await pipeline.position()) < head && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await pipeline.position()).toBeGreaterThanOrEqual(head); // every partition drained, the own events applied
    expect(errors).toEqual([]);

    const live = new Map<string, Awaited<ReturnType<typeof documents>>>();
    for (const projection of models.all) live.set(projection.name, await documents(`${projection.name}_v1`));
    expect(live.get(`${prefix}_governance_history`)!.length).toBeGreaterThan(100);
    expect(live.get(`${prefix}_community_rating`)).toHaveLength(4);

    for (const projection of models.all) {
      const source = eventStoreReplay(store, replayedEvent, REPLAY_FILTER);
      const result = await rebuildProjection({ projection, connection, source, pageSize: 40, maxDirty: 25, insertBatch: 30, keepPrevious: true, switchTimeoutMs: 10_000 });
      expect(result).toMatchObject({ previous: `${projection.name}_v1`, target: `${projection.name}_v1_g1` });
      expect({ projection: projection.name, docs: await documents(result.target) }).toEqual({ projection: projection.name, docs: live.get(projection.name) });
    }
    const switched = () => [...pipeline.live.activeCollections().values()].every((name) => name.endsWith('_g1'));
    for (const deadline = Date.now() + 3_000; !switched() && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(switched()).toBe(true); // the live writers carry on in the rebuilt collections
  });

  // Follows the case above: the same county, consumed by the same group.
  it('rebuilds the read models from the topics when their database comes back empty while Kafka still holds the offsets', async () => {
    const { store, models, prefix, connection, errors } = stack;
    const before = new Map<string, Awaited<ReturnType<typeof documents>>>();
    for (const [name, collection] of pipeline.live.activeCollections()) before.set(name, await documents(collection));
    await pipeline.stop();

    // Given the read models' database lost everything (collections, pointers, checkpoints) — the group's offsets live on in Kafka
    for (const { name } of await connection.db!.listCollections().toArray()) if (name.startsWith(prefix)) await connection.dropCollection(name);
    await new ProjectionCatalog(connection).collection.deleteMany({ _id: { $in: models.all.map((p) => p.name) } });
    const checkpoints = connection.collection<{ _id: string }>('projection_checkpoints');
    await checkpoints.deleteMany({ _id: { $in: [`${prefix}-own`, stack.feedMarker] } });

    // When the service starts again
    const replays: string[] = [];
    pipeline = stack.pipeline({ onReplay: (reason) => replays.push(reason) });
    await pipeline.start();

    // Then it says why it reads the topics again, and the read models come back document for document
    expect(replays).toEqual([expect.stringContaining('lost its data')]);
    const head = await store.headPosition();
    for (const deadline = Date.now() + 30_000; (await pipeline.position()) < head && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 100));
    for (const projection of models.all) {
      const collection = pipeline.live.activeCollections().get(projection.name)!;
      expect({ projection: projection.name, docs: await documents(collection) }).toEqual({ projection: projection.name, docs: before.get(projection.name) });
    }
    expect(errors).toEqual([]);
  });
});
