import type pg from 'pg';
import { inTransaction } from '@linli/event-store';
import { ensureMessagingTables, type MessagingTables } from '../postgres/messaging-tables.js';
import type { MessageOrigin, ParkedMessage, ParkedMessageWithValue, ParkRequest } from './parked-message.js';
import { COLUMNS, toParked, type ParkedRow } from './parked-rows.js';
import type { ParkedSealer } from './parked-sealer.js';

/**
 * The parked messages of every consumer group (`linli_parked`). A key is parked while any of its
 * messages has status `parked`; the state of a key changes only under a per-key advisory lock, so
 * a consumer parking a message and a retry un-parking the key cannot pass each other.
 */
export class ParkedStore {
  private constructor(
    readonly pool: pg.Pool,
    private readonly t: MessagingTables,
    private readonly sealer: ParkedSealer | undefined,
  ) {}

  /** Creates the tables if needed. With a sealer, parked values are stored (and copied to the dead-letter topic) sealed. */
  static async create(pool: pg.Pool, schema = 'linli', options: { readonly sealer?: ParkedSealer } = {}): Promise<ParkedStore> {
    return new ParkedStore(pool, await ensureMessagingTables(pool, schema), options.sealer);
  }

  /** The bytes to park for this message: sealed if the store seals. */
  seal(groupId: string, origin: MessageOrigin): Promise<Buffer | null> {
    return this.sealer ? this.sealer.seal(groupId, origin) : Promise.resolve(origin.value);
  }

  /** The original bytes of a parked message (throws if they were forgotten). */
  open(groupId: string, origin: MessageOrigin): Promise<Buffer | null> {
    return this.sealer ? this.sealer.open(groupId, origin) : Promise.resolve(origin.value);
  }

  /** Makes a parked value unreadable for good (a skipped message; one that was sealed but not parked). */
  async forget(groupId: string, origin: Pick<MessageOrigin, 'topic' | 'partition' | 'offset'>): Promise<void> {
    await this.sealer?.forget(groupId, origin);
  }

  /** The fast, lock-free check on every message: only this group's consumer parks its keys. */
  async isParked(groupId: string, key: string): Promise<boolean> {
    const result = await this.pool.query(`SELECT 1 FROM ${this.t.parked} WHERE group_id = $1 AND key = $2 AND status = 'parked' LIMIT 1`, [groupId, key]);
    return result.rowCount !== 0;
  }

  /** Which of these keys have a parked message (one query for a whole batch). */
  async parkedKeys(groupId: string, keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const result = await this.pool.query<{ key: string }>(`SELECT DISTINCT key FROM ${this.t.parked} WHERE group_id = $1 AND key = ANY($2) AND status = 'parked'`, [groupId, [...new Set(keys)]]);
    return new Set(result.rows.map((row) => row.key));
  }

  /**
   * Parks the message if `onlyIfKeyParked` is false or its key is (still) parked; returns whether
   * it did. Idempotent per group and original offset, so a redelivered message is parked once.
   */
  async park(request: ParkRequest, onlyIfKeyParked: boolean): Promise<boolean> {
    return this.withKeyLock(request.groupId, request.key, async (client) => {
      if (onlyIfKeyParked && !(await this.keyParked(client, request.groupId, request.key))) return false;
      await client.query(
        `INSERT INTO ${this.t.parked} (group_id, key, topic, partition, message_offset, event_id, reason, error, attempts, value, headers)
         VALUES ($1, $2, $3, $4, $5::bigint, $6, $7, $8, $9, $10, $11) ON CONFLICT (group_id, topic, partition, message_offset) DO NOTHING`,
        [request.groupId, request.key, request.topic, request.partition, request.offset, request.eventId ?? null, request.reason, request.error, request.attempts, request.value, JSON.stringify(headersAsText(request.headers))],
      );
      return true;
    });
  }

  /** Messages of a group, oldest first (default: those still parked). */
  async list(groupId: string, status: ParkedMessage['status'] | 'all' = 'parked'): Promise<ParkedMessage[]> {
    const result = await this.pool.query<ParkedRow>(
      `SELECT ${COLUMNS} FROM ${this.t.parked} WHERE group_id = $1 AND ($2 = 'all' OR status = $2) ORDER BY id`,
      [groupId, status],
    );
    return result.rows.map(toParked).map(({ value: _value, headers: _headers, ...message }) => message);
  }

  /** One message by id, with its bytes. */
  async get(groupId: string, id: string): Promise<ParkedMessageWithValue | undefined> {
    const result = await this.pool.query<ParkedRow>(`SELECT ${COLUMNS}, value, headers FROM ${this.t.parked} WHERE group_id = $1 AND id = $2::bigint`, [groupId, id]);
    return result.rows.length > 0 ? toParked(result.rows[0]) : undefined;
  }

  /** The oldest still-parked message of a key, with its bytes. */
  async head(groupId: string, key: string): Promise<ParkedMessageWithValue | undefined> {
    const result = await this.pool.query<ParkedRow>(
      `SELECT ${COLUMNS}, value, headers FROM ${this.t.parked} WHERE group_id = $1 AND key = $2 AND status = 'parked' ORDER BY id LIMIT 1`,
      [groupId, key],
    );
    return result.rows.length > 0 ? toParked(result.rows[0]) : undefined;
  }

  /** Marks a parked message retried or skipped; false if it was not parked (any more). */
  async resolve(message: Pick<ParkedMessage, 'groupId' | 'key' | 'id'>, status: 'retried' | 'skipped', actor: string, reason: string): Promise<boolean> {
    return this.withKeyLock(message.groupId, message.key, async (client) => {
      const result = await client.query(
        `UPDATE ${this.t.parked} SET status = $3, resolved_at = now(), resolved_by = $4, resolution_reason = $5 WHERE group_id = $1 AND id = $2::bigint AND status = 'parked'`,
        [message.groupId, message.id, status, actor, reason],
      );
      return result.rowCount === 1;
    });
  }

  /** Records another failed attempt of a parked message. */
  async recordFailure(groupId: string, id: string, error: string, attempts: number): Promise<void> {
    await this.pool.query(`UPDATE ${this.t.parked} SET error = $3, attempts = attempts + $4 WHERE group_id = $1 AND id = $2::bigint`, [groupId, id, error, attempts]);
  }

  /** How many messages each group has parked, for the gauge. */
  async countParked(): Promise<Map<string, number>> {
    const result = await this.pool.query<{ group_id: string; n: string }>(`SELECT group_id, count(*)::text AS n FROM ${this.t.parked} WHERE status = 'parked' GROUP BY group_id`);
    return new Map(result.rows.map((row) => [row.group_id, Number(row.n)]));
  }

  private async keyParked(client: pg.PoolClient, groupId: string, key: string): Promise<boolean> {
    const result = await client.query(`SELECT 1 FROM ${this.t.parked} WHERE group_id = $1 AND key = $2 AND status = 'parked' LIMIT 1`, [groupId, key]);
    return result.rowCount !== 0;
  }

  private async withKeyLock<T>(groupId: string, key: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [`linli_parked:${this.t.schema}:${groupId}`, key]);
      return work(client);
    });
  }
}

const headersAsText = (headers: ParkRequest['headers']): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined).map(([k, v]) => [k, Array.isArray(v) ? v.map(String).join(',') : String(v)]));
