import { databaseUrl, dropSchema, uniqueSchema } from '../testing/postgres-schema.js';
import { delayCommits, readNaively } from '../testing/delayed-commits.js';
import { newEvent, newEvents } from '../testing/events.js';
import { eventually } from '../testing/probes.js';
import { createPostgresEventStore, type PostgresEventStore } from './postgres-event-store.js';

describe('PostgreSQL ordering when transactions commit out of order', () => {
  const schema = uniqueSchema('order');
  let store: PostgresEventStore;
  beforeAll(async () => {
    store = await createPostgresEventStore({ connectionString: databaseUrl(), schema, poolSize: 6 });
    await delayCommits(store.pool, schema, { probability: 1, minSeconds: 1, maxSeconds: 1, streamPrefix: 'slow-' });
  });
  afterAll(async () => {
    await store.close();
    await dropSchema(schema);
  });

  it('given an older append still open, when a newer one commits, then readers hold the newer back until the older commits, then see both in position order', async () => {
    const slow = store.appendToStream('slow-1', newEvents(1)); // takes its xid, inserts, then sleeps
    await new Promise((resolve) => setTimeout(resolve, 300));
    const fast = await store.appendToStream('fast-1', newEvents(1));

    const naive = await readNaively(store.pool, schema, 0n);
    expect(naive.map((row) => row.position)).toEqual([fast.position]); // the trap: a naive reader would pass the slow one
    expect(await store.readAll()).toEqual([]);
    expect(await store.headPosition()).toBe(0n);

    const slowResult = await slow;
    expect(slowResult.position).toBeLessThan(fast.position);
    // eventually: test files running in parallel share the cluster, and so its transaction ids
    await eventually(async () => expect((await store.readAll()).map((e) => e.globalPosition)).toEqual([slowResult.position, fast.position]));
  });

  it('given an append to its own stream, when read back at once, then readStream sees it even while an older append is open', async () => {
    const slow = store.appendToStream('slow-2', newEvents(1));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await store.appendToStream('mine', [newEvent()]);
    expect(await store.readStream('mine')).toHaveLength(1);
    await slow;
  });
});
