import type pg from 'pg';
import { quoteSchema } from './sql.js';
import { inTransaction } from './transaction.js';

/** One numbered, forward-only schema change; `sql` receives the quoted schema name. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: (schema: string) => string;
}

/**
 * Applies the component's migrations that the schema has not seen yet. A session advisory lock
 * per schema serialises services that start together, so each migration runs exactly once; each
 * migration commits together with its row in linli_schema_migrations, so a crash leaves no half.
 */
export async function migrate(pool: pg.Pool, schema: string, component: string, migrations: readonly Migration[]): Promise<void> {
  const quoted = quoteSchema(schema);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1), hashtext($2))', ['linli_schema_migrations', schema]);
    try {
      await ensureMigrationsTable(client, schema, quoted);
      const applied = await client.query<{ version: number }>(
        `SELECT version FROM ${quoted}.linli_schema_migrations WHERE component = $1`,
        [component],
      );
      const done = new Set(applied.rows.map((row) => row.version));
      for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
        if (!done.has(migration.version)) await apply(client, quoted, component, migration);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1), hashtext($2))', ['linli_schema_migrations', schema]);
    }
  } finally {
    client.release();
  }
}

async function ensureMigrationsTable(client: pg.PoolClient, schema: string, quoted: string): Promise<void> {
  // CREATE SCHEMA checks the CREATE privilege even with IF NOT EXISTS: look first, so a role that
  // may only use an existing schema (e.g. public) still starts.
  const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  if (exists.rowCount === 0) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
  await client.query(`CREATE TABLE IF NOT EXISTS ${quoted}.linli_schema_migrations (
    component text NOT NULL,
    version integer NOT NULL,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (component, version)
  )`);
}

async function apply(client: pg.PoolClient, quoted: string, component: string, migration: Migration): Promise<void> {
  try {
    await inTransaction(client, async () => {
      await client.query(migration.sql(quoted));
      await client.query(`INSERT INTO ${quoted}.linli_schema_migrations (component, version, name) VALUES ($1, $2, $3)`, [
        component,
        migration.version,
        migration.name,
      ]);
    });
  } catch (error) {
    throw new Error(`migration ${component} #${migration.version} (${migration.name}) failed: ${(error as Error).message}`, { cause: error });
  }
}
