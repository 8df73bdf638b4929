import type pg from 'pg';
import type { DeadlineChanges } from './deadline-changes.js';
import { DEADLINES } from './deadline-table.js';

// Order matters: first end the pending deadlines a batch superseded, then write the rows the batch
// touched in their final state (a deadline entered again becomes pending again), then settle the
// overdue checks of deadlines entered in earlier batches.
const supersede = `UPDATE ${DEADLINES} SET status = 'cancelled', updated_at = now()
  WHERE status = 'pending' AND dispute_id = ANY($1::uuid[])`;
const write = `INSERT INTO ${DEADLINES} (dispute_id, due_at, level, status, attempts, next_attempt_at)
  SELECT r.dispute_id, r.due_at, r.level, r.status, 0, now() + make_interval(secs => $5::double precision)
  FROM unnest($1::uuid[], $2::timestamptz[], $3::smallint[], $4::text[]) AS r(dispute_id, due_at, level, status)
  ON CONFLICT (dispute_id, due_at) DO UPDATE SET level = EXCLUDED.level, status = EXCLUDED.status,
    attempts = CASE WHEN EXCLUDED.status = 'pending' THEN 0 ELSE ${DEADLINES}.attempts END,
    next_attempt_at = EXCLUDED.next_attempt_at, last_error = NULL, scheduled_at = now(), updated_at = now()`;
const settle = `UPDATE ${DEADLINES} d SET status = 'done', updated_at = now()
  FROM unnest($1::uuid[], $2::timestamptz[]) AS r(dispute_id, due_at)
  WHERE d.dispute_id = r.dispute_id AND d.due_at = r.due_at AND d.status <> 'done'`;

/**
 * Applies a batch's net changes in at most three statements. A newly pending deadline becomes
 * checkable after the grace period, which leaves a backdated history time to be recorded.
 */
export async function applyDeadlineChanges(client: pg.PoolClient, changes: DeadlineChanges, graceMs: number): Promise<void> {
  if (changes.supersede.length > 0) await client.query(supersede, [changes.supersede]);
  const known = changes.rows.filter((row) => row.level !== null);
  if (known.length > 0) {
    await client.query(write, [known.map((r) => r.disputeId), known.map((r) => r.dueAt), known.map((r) => r.level), known.map((r) => r.status), graceMs / 1000]);
  }
  const settled = changes.rows.filter((row) => row.level === null);
  if (settled.length > 0) await client.query(settle, [settled.map((r) => r.disputeId), settled.map((r) => r.dueAt)]);
}
