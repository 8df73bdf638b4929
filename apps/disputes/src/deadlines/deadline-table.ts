import type pg from 'pg';
import { inTransaction } from '@linli/event-store';

// The durable state of the deadline scheduler, in the event store's PostgreSQL schema: one row per
// deadline a dispute entered (keyed by its dueAt, the key MarkOverdue uses), and the position of
// the event log up to which those rows are maintained.

const SCHEMA = 'linli';
export const DEADLINES = `${SCHEMA}.disputes_deadlines`;
export const CHECKPOINTS = `${SCHEMA}.disputes_deadline_checkpoints`;

/** A deadline row's life: waiting for its time, checked (overdue recorded or found stale), or no longer relevant. */
export type DeadlineStatus = 'pending' | 'done' | 'cancelled';

/**
 * Creates the tables once, in the schema the event store has already created; the transaction-scoped
 * lock lets instances that start together do it safely.
 */
export async function createDeadlineTables(pool: pg.Pool): Promise<void> {
  // DDL takes locks that wait for (and block) the other instances' writes: skip it once done.
  const { rows } = await pool.query<{ present: boolean }>(
    `SELECT to_regclass('${DEADLINES}') IS NOT NULL AND to_regclass('${CHECKPOINTS}') IS NOT NULL AND to_regclass('${SCHEMA}.disputes_deadlines_due') IS NOT NULL AS present`,
  );
  if (rows[0]?.present) return;
  await inTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('linli.disputes_deadlines'))");
    await client.query(`CREATE TABLE IF NOT EXISTS ${DEADLINES} (
      dispute_id uuid NOT NULL,
      due_at timestamptz NOT NULL,
      level smallint NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'done', 'cancelled')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      last_error text,
      scheduled_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (dispute_id, due_at)
    )`);
    await client.query(`CREATE INDEX IF NOT EXISTS disputes_deadlines_due ON ${DEADLINES} (due_at) WHERE status = 'pending'`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${CHECKPOINTS} (name text PRIMARY KEY, position bigint NOT NULL)`);
  });
}
