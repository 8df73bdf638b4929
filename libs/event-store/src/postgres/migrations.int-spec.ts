import pg from 'pg';
import { databaseUrl, dropSchema, uniqueSchema } from '../testing/postgres-schema.js';
import { eventStoreMigrations } from './event-store-migrations.js';
import { createPostgresEventStore } from './postgres-event-store.js';

describe('PostgreSQL schema migrations', () => {
  const schema = uniqueSchema('migrate');
  const pool = new pg.Pool({ connectionString: databaseUrl(), max: 8 });
  afterAll(async () => {
    await pool.end();
    await dropSchema(schema);
  });

  it('given services starting together on an empty schema, when each migrates, then every migration runs exactly once', async () => {
    const stores = await Promise.all(Array.from({ length: 5 }, () => createPostgresEventStore({ pool, schema })));
    const applied = await pool.query(`SELECT component, version FROM "${schema}".linli_schema_migrations ORDER BY version`);
    expect(applied.rows).toEqual(eventStoreMigrations.map((m) => ({ component: 'event-store', version: m.version })));
    await Promise.all(stores.map((store) => store.close())); // a borrowed pool stays open
    await expect(pool.query('SELECT 1')).resolves.toBeDefined();
  });

  it('given a migrated schema, when a service starts again, then nothing is re-applied and the stream guard is in place', async () => {
    const store = await createPostgresEventStore({ pool, schema });
    await store.close();
    const constraints = await pool.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('p', 'u') ORDER BY conname`,
      [`"${schema}".linli_events`],
    );
    expect(constraints.rows.map((row) => row.conname)).toEqual(['linli_events_event_id_key', 'linli_events_pkey', 'linli_events_stream_revision_key']);
    const applied = await pool.query(`SELECT count(*)::int AS n FROM "${schema}".linli_schema_migrations`);
    expect(applied.rows[0].n).toBe(eventStoreMigrations.length);
  });

  it('given a schema name that is not a plain identifier, when the store is created, then it refuses before touching the database', async () => {
    await expect(createPostgresEventStore({ pool, schema: 'bad"; DROP TABLE x; --' })).rejects.toThrow(/schema name/);
  });
});
