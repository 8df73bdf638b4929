import type pg from 'pg';
import { inTransaction } from '@linli/event-store';
import { ensureMessagingTables, type MessagingTables } from '../postgres/messaging-tables.js';

/**
 * The processed-event inbox of PostgreSQL consumers (`linli_inbox`): the event id is recorded in
 * the same transaction as the handler's effect, so an effect is applied once however often Kafka
 * delivers the event (MongoDB projections use a position guard instead).
 */
export class PostgresInbox {
  private constructor(
    private readonly pool: pg.Pool,
    private readonly t: MessagingTables,
  ) {}

  /** Creates the table if needed. */
  static async create(pool: pg.Pool, schema = 'linli'): Promise<PostgresInbox> {
    return new PostgresInbox(pool, await ensureMessagingTables(pool, schema));
  }

  /**
   * Runs `effect` in a transaction that also records (consumer, eventId); returns false without
   * running it when the event was processed before. The effect must write through `tx`.
   */
  async once(consumer: string, eventId: string, effect: (tx: pg.PoolClient) => Promise<void>): Promise<boolean> {
    return inTransaction(this.pool, async (tx) => {
      const claimed = await tx.query(`INSERT INTO ${this.t.inbox} (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [consumer, eventId]);
      if (claimed.rowCount === 0) return false; // processed before: the transaction wrote nothing
      await effect(tx);
      return true;
    });
  }

  /** Whether the consumer has processed the event (for tests and diagnostics). */
  async has(consumer: string, eventId: string): Promise<boolean> {
    const result = await this.pool.query(`SELECT 1 FROM ${this.t.inbox} WHERE consumer = $1 AND event_id = $2`, [consumer, eventId]);
    return result.rowCount !== 0;
  }
}
