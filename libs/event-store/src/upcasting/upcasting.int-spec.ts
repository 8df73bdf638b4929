import { createPostgresEventStore, type PostgresEventStore } from '../postgres/postgres-event-store.js';
import { newEvent, uniqueStream } from '../testing/events.js';
import { databaseUrl, dropSchema, uniqueSchema } from '../testing/postgres-schema.js';
import { RecordingSubscription } from '../testing/probes.js';
import { loadUpcastFixtures } from '../testing/upcast-fixtures.js';
import { disputeEscalatedUpcasters, residentRegisteredUpcasters } from './example-upcasters.js';
import { UpcasterRegistry } from './upcaster-registry.js';
import { UpcastingEventStore } from './upcasting-event-store.js';

const fixtures = loadUpcastFixtures(new URL('./fixtures/', import.meta.url));

describe('upcasting events stored in PostgreSQL by older versions', () => {
  const schema = uniqueSchema('upcast');
  let inner: PostgresEventStore;
  let store: UpcastingEventStore;
  const stream = uniqueStream('history');
  beforeAll(async () => {
    inner = await createPostgresEventStore({ connectionString: databaseUrl(), schema, poolSize: 3 });
    store = new UpcastingEventStore(inner, new UpcasterRegistry().register(...residentRegisteredUpcasters, ...disputeEscalatedUpcasters));
    // Stored exactly as the older versions wrote them: old schemaVersion, old data shape.
    const asWritten = fixtures.map(({ stored: { metadata: { recordedAt: _storeTime, ...metadata }, ...stored } }) =>
      newEvent({ type: stored.type, schemaVersion: stored.schemaVersion, data: stored.data, metadata }),
    );
    await inner.appendToStream(stream, asWritten);
  });
  afterAll(async () => {
    await store.close();
    await dropSchema(schema);
  });

  it('given old shapes in the log, when the stream is read, then every event arrives in its current shape', async () => {
    const read = await store.readStream(stream);
    expect(read.map((e) => [e.schemaVersion, e.data])).toEqual(fixtures.map((f) => [f.expected.schemaVersion, f.expected.data]));
    const raw = await inner.readStream(stream);
    expect(raw.map((e) => e.schemaVersion)).toEqual(fixtures.map((f) => f.stored.schemaVersion)); // the log itself is never rewritten
  });

  it('given old shapes in the log, when replayed by a subscription, then the projection sees only current shapes', async () => {
    const replay = new RecordingSubscription(store, { filter: { streamPrefixes: [stream] } });
    await replay.waitFor(fixtures.length);
    await replay.stop();
    expect(replay.events.map((e) => e.data)).toEqual(fixtures.map((f) => f.expected.data));
  });
});
