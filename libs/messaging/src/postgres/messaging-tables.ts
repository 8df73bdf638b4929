import type pg from 'pg';
import { inTransaction } from '@linli/event-store';

/** The quoted, validated names of the messaging tables inside one PostgreSQL schema. */
export interface MessagingTables {
  readonly schema: string;
  readonly checkpoints: string;
  readonly inbox: string;
  readonly parked: string;
}

/** Validates a schema name (it is spliced into SQL) and names the tables in it. */
export function messagingTables(schema = 'linli'): MessagingTables {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`schema name ${JSON.stringify(schema)} must be lower-case letters, digits and _`);
  const q = `"${schema}"`;
  return { schema, checkpoints: `${q}.linli_relay_checkpoints`, inbox: `${q}.linli_inbox`, parked: `${q}.linli_parked` };
}

/**
 * Creates the relay, inbox and dead-letter tables if missing. Idempotent DDL under a transaction
 * advisory lock, because services starting together would otherwise race on CREATE TABLE.
 * (`group` and `offset` are SQL keywords, hence group_id and message_offset. Checkpoints are
 * numeric, not bigint: a KurrentDB position packs two 64-bit offsets into one bigint.)
 */
export async function ensureMessagingTables(pool: pg.Pool, schema = 'linli'): Promise<MessagingTables> {
  const t = messagingTables(schema);
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`linli_messaging_ddl:${schema}`]);
    const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (exists.rowCount === 0) await client.query(`CREATE SCHEMA "${schema}"`);
    await client.query(`
      CREATE TABLE IF NOT EXISTS ${t.checkpoints} (
        name text PRIMARY KEY,
        position numeric NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE IF NOT EXISTS ${t.inbox} (
        consumer text NOT NULL,
        event_id text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id));
      CREATE TABLE IF NOT EXISTS ${t.parked} (
        id bigserial PRIMARY KEY,
        group_id text NOT NULL,
        key text NOT NULL,
        topic text NOT NULL,
        partition integer NOT NULL,
        message_offset bigint NOT NULL,
        event_id text,
        reason text NOT NULL CHECK (reason IN ('failed', 'invalid', 'key-parked')),
        error text NOT NULL,
        attempts integer NOT NULL,
        value bytea,
        headers jsonb NOT NULL DEFAULT '{}',
        parked_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'parked' CHECK (status IN ('parked', 'retried', 'skipped')),
        resolved_at timestamptz,
        resolved_by text,
        resolution_reason text,
        UNIQUE (group_id, topic, partition, message_offset));
      CREATE INDEX IF NOT EXISTS linli_parked_open_keys ON ${t.parked} (group_id, key, id) WHERE status = 'parked';`);
  });
  return t;
}
