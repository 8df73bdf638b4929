import { InvalidAppend, WrongExpectedRevision } from '../errors.js';
import { newEvents, uniqueStream } from '../testing/events.js';
import { databaseUrl, dropSchema, uniqueSchema } from '../testing/postgres-schema.js';
import { createPostgresEventStore, type PostgresEventStore } from './postgres-event-store.js';

describe('PostgreSQL retries that do not repeat an append exactly', () => {
  const schema = uniqueSchema('idem');
  let store: PostgresEventStore;
  beforeAll(async () => {
    store = await createPostgresEventStore({ connectionString: databaseUrl(), schema, poolSize: 3 });
  });
  afterAll(async () => {
    await store.close();
    await dropSchema(schema);
  });

  it('given an event id stored in another stream, when appended again, then InvalidAppend names it and nothing is written', async () => {
    const events = newEvents(2);
    await store.appendToStream(uniqueStream(), events);
    const other = uniqueStream();
    await expect(store.appendToStream(other, events)).rejects.toMatchObject({ name: 'InvalidAppend', field: 'events[0].eventId' });
    expect(await store.readStream(other)).toEqual([]);
  });

  it.each([
    ['only the first part', (events: ReturnType<typeof newEvents>) => events.slice(0, 2)],
    ['the events in another order', (events: ReturnType<typeof newEvents>) => [events[1], events[0], events[2]]],
    ['a new event after the stored ones', (events: ReturnType<typeof newEvents>) => [...events, ...newEvents(1)]],
  ])('given a retry with %s, when appended, then it is refused as InvalidAppend', async (_label, change) => {
    const stream = uniqueStream();
    const events = newEvents(3);
    await store.appendToStream(stream, events);
    await expect(store.appendToStream(stream, change(events))).rejects.toBeInstanceOf(InvalidAppend);
    expect(await store.readStream(stream)).toHaveLength(3);
  });
});

describe('PostgreSQL expectations on streams this process has not seen', () => {
  const schema = uniqueSchema('cold');
  let writer: PostgresEventStore;
  let cold: PostgresEventStore;
  beforeAll(async () => {
    writer = await createPostgresEventStore({ connectionString: databaseUrl(), schema, poolSize: 2 });
    cold = await createPostgresEventStore({ connectionString: databaseUrl(), schema, poolSize: 8, revisionCacheSize: 0 });
  });
  afterAll(async () => {
    await writer.close();
    await cold.close();
    await dropSchema(schema);
  });

  it.each([
    ['the current revision', 1n, 3],
    ['a stale revision', 0n, 2],
    ['a revision ahead of the stream', 4n, 2],
  ])('given a stream written elsewhere, when appending expecting %s, then the check in SQL decides', async (_label, expected, length) => {
    const stream = uniqueStream();
    await writer.appendToStream(stream, newEvents(2));
    const attempt = cold.appendToStream(stream, newEvents(1), { expected });
    if (length === 3) await expect(attempt).resolves.toMatchObject({ nextExpectedRevision: 2n });
    else await expect(attempt).rejects.toMatchObject({ name: 'WrongExpectedRevision', actual: 1n });
    expect(await writer.readStream(stream)).toHaveLength(length);
  });

  it('given writers that have not seen the stream, when they race for the same revision, then exactly one wins', async () => {
    const stream = uniqueStream();
    await writer.appendToStream(stream, newEvents(1));
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => cold.appendToStream(stream, newEvents(1), { expected: 0n })));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(WrongExpectedRevision);
    expect(await writer.readStream(stream)).toHaveLength(2);
  });
});
