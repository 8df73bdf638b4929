import { disputeDecider, streamName, type DeadlineInputs } from '@linli/disputes-domain';
import { DomainRuleViolation, NotFound } from '@linli/domain-kernel';
import { uuidv7 } from '@linli/event-store';
import type { CommandExecutor } from '@linli/service-kit';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Clock } from './clock.js';
import { DEADLINES } from './deadline-table.js';

/** Who records an overdue dispute. */
export const SCHEDULER_ACTOR = { id: 'disputes-deadline-scheduler', role: 'system', orgUnitId: '' } as const;

const BATCH = 50;
/** A claimed row not settled within this time (its instance died) is claimed again. */
const LEASE_SECONDS = 30;

interface DueRow {
  dispute_id: string;
  due_at: Date;
  attempts: number;
}

// Claiming moves next_attempt_at past the lease in one short statement: no transaction stays open
// while the command runs (an open transaction would hold back every reader of the event log).
const claim = `WITH due AS (
    SELECT dispute_id, due_at FROM ${DEADLINES}
    WHERE status = 'pending' AND due_at <= $1 AND next_attempt_at <= now()
    ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED)
  UPDATE ${DEADLINES} d SET attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS}), updated_at = now()
  FROM due WHERE d.dispute_id = due.dispute_id AND d.due_at = due.due_at
  RETURNING d.dispute_id, d.due_at, d.attempts`;
const settle = `UPDATE ${DEADLINES} SET status = $3, last_error = $4, updated_at = now() WHERE dispute_id = $1 AND due_at = $2 AND status = 'pending'`;
const retryLater = `UPDATE ${DEADLINES} SET next_attempt_at = now() + make_interval(secs => $3::double precision), last_error = $4, updated_at = now()
  WHERE dispute_id = $1 AND due_at = $2 AND status = 'pending'`;

/**
 * Checks passed deadlines: claims due rows (SKIP LOCKED, so instances share the work), sends
 * MarkOverdue for each through the command path, and settles the row only after the command
 * succeeded. A crash in between leaves the row to be claimed again after the lease; the domain
 * ignores a repeated check, so a dispute becomes overdue exactly once per deadline.
 */
export class DeadlinePoller {
  constructor(
    private readonly pool: pg.Pool,
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly deadlines: () => DeadlineInputs,
    private readonly logger: Logger,
  ) {}

  /** One round: claim and check up to a batch of due deadlines; returns how many were claimed. */
  async tick(): Promise<number> {
    const { rows } = await this.pool.query<DueRow>(claim, [this.clock.now(), BATCH]);
    for (const row of rows) await this.check(row);
    return rows.length;
  }

  private async check(row: DueRow): Promise<void> {
    const disputeId = row.dispute_id;
    const dueAt = row.due_at.toISOString();
    const correlationId = uuidv7();
    try {
      const result = await this.executor.execute(disputeDecider, streamName(disputeId), disputeId, {
        actor: SCHEDULER_ACTOR, now: this.clock.now(), correlationId, causationId: correlationId, idempotencyKey: `deadline:${dueAt}`,
      }, { type: 'MarkOverdue', data: { disputeId, dueAt, ...this.deadlines() } });
      await this.pool.query(settle, [disputeId, row.due_at, 'done', null]);
      if (result.events.length > 0) this.logger.info({ disputeId, dueAt, events: result.events }, 'deadline passed: dispute overdue');
    } catch (error) {
      await this.failed(row, error);
    }
  }

  private async failed(row: DueRow, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof NotFound) {
      await this.pool.query(settle, [row.dispute_id, row.due_at, 'cancelled', message]);
      return;
    }
    // Early (the clocks disagree by a moment) or a failure of the database: try again, backing off.
    const early = error instanceof DomainRuleViolation && error.code === 'DeadlineNotPassed';
    const delaySeconds = early ? 1 : Math.min(300, 2 ** Math.min(row.attempts, 9));
    if (!early) this.logger.warn({ disputeId: row.dispute_id, attempts: row.attempts, err: message }, 'deadline check failed; will retry');
    await this.pool.query(retryLater, [row.dispute_id, row.due_at, delaySeconds, message]).catch(() => undefined);
  }
}
