import type pg from 'pg';
import { ensureMessagingTables, type MessagingTables } from '../postgres/messaging-tables.js';

/** Where a relay remembers the last event-store position the broker acknowledged. */
export interface CheckpointStore {
  load(name: string): Promise<bigint | undefined>;
  save(name: string, position: bigint): Promise<void>;
}

/** Checkpoints in `linli_relay_checkpoints` (name, position, updated_at). */
export class PostgresCheckpointStore implements CheckpointStore {
  private constructor(
    private readonly pool: pg.Pool,
    private readonly tables: MessagingTables,
  ) {}

  /** Creates the table if needed. */
  static async create(pool: pg.Pool, schema = 'linli'): Promise<PostgresCheckpointStore> {
    return new PostgresCheckpointStore(pool, await ensureMessagingTables(pool, schema));
  }

  async load(name: string): Promise<bigint | undefined> {
    const result = await this.pool.query<{ position: string }>(`SELECT position::text FROM ${this.tables.checkpoints} WHERE name = $1`, [name]);
    return result.rows.length > 0 ? BigInt(result.rows[0].position) : undefined;
  }

  /** Moves the checkpoint forward only: a late write from a stale relay can never move it back. */
  async save(name: string, position: bigint): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.tables.checkpoints} AS c (name, position) VALUES ($1, $2::numeric)
       ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position, updated_at = now() WHERE c.position < EXCLUDED.position`,
      [name, position.toString()],
    );
  }
}
