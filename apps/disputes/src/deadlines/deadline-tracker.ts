import { inTransaction, type EventStore, type RecordedEvent, type Subscription } from '@linli/event-store';
import type pg from 'pg';
import type { Logger } from 'pino';
import { deadlineChanges, DEADLINE_EVENT_TYPES } from './deadline-changes.js';
import { applyDeadlineChanges } from './deadline-rows.js';
import { CHECKPOINTS } from './deadline-table.js';

/** The tracker's checkpoint key. */
export const DEADLINE_TRACKER = 'disputes-deadlines';

/**
 * Maintains the deadline rows from the event log, exactly once: each batch is applied in one
 * PostgreSQL transaction that holds the checkpoint row locked, skips what the checkpoint already
 * covers and moves it on. A crash rolls back rows and checkpoint together; a second instance
 * tailing the same log waits for the lock, then finds the batch done. The transaction is a few
 * set-based statements, whatever the batch size: an open transaction holds back every reader of
 * the event log (see the event store's README), so it must stay short.
 */
export class DeadlineTracker {
  private subscription: Subscription | undefined;
  private stopped = false;
  private readonly running: Promise<void>;

  constructor(private readonly pool: pg.Pool, private readonly store: EventStore, private readonly logger: Logger, private readonly graceMs: number) {
    this.running = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.subscription?.stop();
    await this.running;
  }

  /** Subscribes from the stored checkpoint; after a failure (the database went away) it starts again. */
  private async run(): Promise<void> {
    for (let failures = 0; !this.stopped; ) {
      try {
        const { rows } = await this.pool.query<{ position: string }>(`SELECT position::text FROM ${CHECKPOINTS} WHERE name = $1`, [DEADLINE_TRACKER]);
        this.subscription = this.store.subscribeToAll((events) => this.apply(events), {
          fromCheckpoint: { position: BigInt(rows[0]?.position ?? '0') },
          filter: { streamPrefixes: ['disputes.'], eventTypes: [...DEADLINE_EVENT_TYPES] },
          batchSize: 200,
        });
        if (this.stopped) await this.subscription.stop();
        await this.subscription.done;
        failures = 0;
      } catch (error) {
        failures++;
        this.logger.warn({ failures, err: (error as Error).message }, 'deadline tracker stopped on an error; resubscribing');
        await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 250 * 2 ** failures)));
      }
    }
  }

  private async apply(events: readonly RecordedEvent[]): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query(`INSERT INTO ${CHECKPOINTS} (name, position) VALUES ($1, 0) ON CONFLICT (name) DO NOTHING`, [DEADLINE_TRACKER]);
      const { rows } = await client.query<{ position: string }>(`SELECT position::text FROM ${CHECKPOINTS} WHERE name = $1 FOR UPDATE`, [DEADLINE_TRACKER]);
      const done = BigInt(rows[0]?.position ?? '0');
      const fresh = events.filter((event) => event.globalPosition > done);
      await applyDeadlineChanges(client, deadlineChanges(fresh), this.graceMs);
      const last = fresh[fresh.length - 1];
      if (last) await client.query(`UPDATE ${CHECKPOINTS} SET position = $2 WHERE name = $1`, [DEADLINE_TRACKER, last.globalPosition.toString()]);
    });
  }
}
