import { randomUUID } from 'node:crypto';
import { createPostgresEventStore, uuidv7, type PostgresEventStore } from '@linli/event-store';
import { ProjectionCatalog } from '@linli/projections';
import mongoose, { type Connection } from 'mongoose';
import { main, type Io } from '../main.js';

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

const rubric = { rubricId: 'cli', version: 1, effectiveFrom: '2025-01-01', areas: [], starThresholds: [], publishedAt: '2025-12-01T00:00:00Z' };

describe('linli projections', () => {
  const suffix = randomUUID().replaceAll('-', '').slice(0, 10);
  const prefix = `cli_${suffix}`;
  const schema = `cli_${suffix}`;
  const flags = ['--prefix', prefix, '--schema', schema];
  let store: PostgresEventStore;
  let connection: Connection;

  beforeAll(async () => {
    store = await createPostgresEventStore({ connectionString: process.env['DATABASE_URL']!, schema });
    const metadata = { occurredAt: '2025-12-01T00:00:00Z', actor: { id: 'a', role: 'county_assessor', orgUnitId: 'u' }, correlationId: 'c', causationId: 'c' };
    await store.appendToStream('ratings.Rubric-cli', [{ eventId: uuidv7(), type: 'ratings.RubricVersionPublished', schemaVersion: 1, data: rubric, metadata }]);
    connection = await mongoose.createConnection(process.env['MONGODB_URI']!).asPromise();
  });
  afterAll(async () => {
    for (const { name } of await connection.db!.listCollections().toArray()) if (name.startsWith(prefix)) await connection.dropCollection(name);
    await new ProjectionCatalog(connection).collection.deleteMany({ _id: { $regex: `^${prefix}` } });
    await connection.close();
    await store.pool.query(`DROP SCHEMA "${schema}" CASCADE`);
    await store.close();
  });

  it('rebuilds a projection with progress lines, switches to it and shows it in the status', async () => {
    const io = capture();
    expect(await main(['projections', 'rebuild', 'rubrics', ...flags, '--json'], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ switched: true, target: `${prefix}_rubrics_v1_g1`, position: expect.stringMatching(/^\d+$/), eventsPerSecond: expect.any(Number) });
    expect(io.err).toMatch(/switched\s+100\.0%\s+position \d+\/\d+\s+[\d,]+ events\/s\s+\d+ events\s+ETA/);
    expect(await connection.collection(`${prefix}_rubrics_v1_g1`).countDocuments()).toBe(1);

    const status = capture();
    expect(await main(['projections', 'status', ...flags], status)).toBe(0);
    expect(status.out).toMatch(new RegExp(`${prefix}_rubrics\\s+${prefix}_rubrics_v1_g1`));
  });

  it('names the projections it knows when asked for another (exit code 2)', async () => {
    const io = capture();
    expect(await main(['projections', 'rebuild', 'no-such', ...flags], io)).toBe(2);
    expect(io.err).toContain(`${prefix}_governance_history`);
  });
});
