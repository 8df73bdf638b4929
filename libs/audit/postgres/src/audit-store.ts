import type { FrontierNode, SignedCheckpoint, StoredLeaf } from '@linli/audit';
import { inTransaction } from '@linli/event-store';
import pg from 'pg';
import { ensureAuditTables, quoteSchema } from './audit-tables.js';

/** A signed checkpoint with the right edge of its tree. */
export interface StoredCheckpoint {
  readonly checkpoint: SignedCheckpoint;
  readonly frontier: readonly FrontierNode[];
}

interface LeafRow {
  leaf_index: string;
  global_position: string;
  event_id: string;
  leaf_hash: Buffer;
}

const toLeaf = (row: LeafRow): StoredLeaf => ({ leafIndex: Number(row.leaf_index), position: row.global_position, eventId: row.event_id, hash: row.leaf_hash });

/** The notary's records in PostgreSQL (see audit-tables.ts). */
export class PostgresAuditStore {
  private readonly leaves: string;
  private readonly checkpoints: string;

  private constructor(
    readonly pool: pg.Pool,
    readonly schema: string,
  ) {
    this.leaves = `${quoteSchema(schema)}.linli_audit_leaves`;
    this.checkpoints = `${quoteSchema(schema)}.linli_audit_checkpoints`;
  }

  static async open(pool: pg.Pool, schema: string): Promise<PostgresAuditStore> {
    await ensureAuditTables(pool, schema);
    return new PostgresAuditStore(pool, schema);
  }

  async latest(): Promise<StoredCheckpoint | null> {
    const result = await this.pool.query<StoredCheckpoint>(`SELECT checkpoint, frontier FROM ${this.checkpoints} ORDER BY tree_size DESC LIMIT 1`);
    return result.rows[0] ?? null;
  }

  /** Every checkpoint, smallest tree first. */
  async all(): Promise<StoredCheckpoint[]> {
    const result = await this.pool.query<StoredCheckpoint>(`SELECT checkpoint, frontier FROM ${this.checkpoints} ORDER BY tree_size`);
    return result.rows;
  }

  /** Stores new leaves and the checkpoint that covers them, atomically. */
  async record(leaves: readonly StoredLeaf[], stored: StoredCheckpoint): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO ${this.leaves} (leaf_index, global_position, event_id, leaf_hash)
         SELECT * FROM unnest($1::bigint[], $2::numeric[], $3::text[], $4::bytea[])`,
        [leaves.map((l) => l.leafIndex), leaves.map((l) => l.position), leaves.map((l) => l.eventId), leaves.map((l) => l.hash)],
      );
      await client.query(`INSERT INTO ${this.checkpoints} (tree_size, global_position, checkpoint, frontier) VALUES ($1, $2, $3, $4)`, [
        stored.checkpoint.treeSize,
        stored.checkpoint.position,
        JSON.stringify(stored.checkpoint),
        JSON.stringify(stored.frontier),
      ]);
    });
  }

  /** Leaf records from an index on, in order. */
  async leavesFrom(fromIndex: number, limit: number): Promise<StoredLeaf[]> {
    const result = await this.pool.query<LeafRow>(
      `SELECT l.leaf_index::text, l.global_position::text, l.event_id, l.leaf_hash FROM ${this.leaves} l WHERE l.leaf_index >= $1 ORDER BY l.leaf_index LIMIT $2`,
      [fromIndex, limit],
    );
    return result.rows.map(toLeaf);
  }

  /** The leaf hashes of the first `size` events, in order (what an inclusion path is built from). */
  async leafHashes(size: number): Promise<Buffer[]> {
    const result = await this.pool.query<{ leaf_hash: Buffer }>(`SELECT leaf_hash FROM ${this.leaves} WHERE leaf_index < $1 ORDER BY leaf_index`, [size]);
    return result.rows.map((row) => row.leaf_hash);
  }

  /** The notary's record of an event, by its id. */
  async leafOf(eventId: string): Promise<StoredLeaf | null> {
    const result = await this.pool.query<LeafRow>(`SELECT leaf_index::text, global_position::text, event_id, leaf_hash FROM ${this.leaves} WHERE event_id = $1`, [eventId]);
    return result.rows[0] ? toLeaf(result.rows[0]) : null;
  }

  /**
   * Runs `work` holding the notary lock of this log; returns null (without running it) when another
   * notary holds it, so two notaries never sign diverging trees.
   */
  async exclusively<T>(work: () => Promise<T>): Promise<T | null> {
    const client = await this.pool.connect();
    try {
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1), hashtext($2)) AS locked', ['linli_audit_notary', this.schema]);
      if (!rows[0].locked) return null;
      try {
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1), hashtext($2))', ['linli_audit_notary', this.schema]);
      }
    } finally {
      client.release();
    }
  }
}
