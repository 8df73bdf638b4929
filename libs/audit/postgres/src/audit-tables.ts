import type pg from 'pg';

/** Validates a schema name and returns it quoted (same rule as the event store's). */
export function quoteSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`schema name ${JSON.stringify(schema)} must be lower-case letters, digits and _ (at most 63)`);
  return `"${schema}"`;
}

/**
 * The notary's tables, beside the event log in the same schema. Leaves are the notary's unsigned
 * record of each event's hash (used to locate a change and build proofs, trusted only when they
 * fold to a signed root); checkpoints hold the signed statement and the tree's right edge
 * (frontier) so that notarizing and partial verification resume without re-reading everything.
 * Positions are numeric: a KurrentDB position exceeds 64 bits.
 */
export async function ensureAuditTables(pool: pg.Pool, schema: string): Promise<void> {
  const s = quoteSchema(schema);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1), hashtext($2))', ['linli_audit_tables', schema]);
    try {
      const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
      if (exists.rowCount === 0) await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${s}.linli_audit_leaves (
        leaf_index bigint PRIMARY KEY CHECK (leaf_index >= 0),
        global_position numeric NOT NULL UNIQUE,
        event_id text NOT NULL,
        leaf_hash bytea NOT NULL
      )`);
      await client.query(`CREATE INDEX IF NOT EXISTS linli_audit_leaves_event_id ON ${s}.linli_audit_leaves (event_id)`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${s}.linli_audit_checkpoints (
        tree_size bigint PRIMARY KEY CHECK (tree_size > 0),
        global_position numeric NOT NULL,
        checkpoint jsonb NOT NULL,
        frontier jsonb NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now()
      )`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1), hashtext($2))', ['linli_audit_tables', schema]);
    }
  } finally {
    client.release();
  }
}
