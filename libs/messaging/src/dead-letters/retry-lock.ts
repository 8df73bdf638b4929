import type pg from 'pg';

/** Thrown when another operator is already retrying or skipping the same key. */
export class KeyBusy extends Error {
  constructor(groupId: string, key: string) {
    super(`a retry or skip of key ${key} in ${groupId} is already running`);
    this.name = 'KeyBusy';
  }
}

/**
 * A session advisory lock per (group, key) held for a whole retry, so two operators (or two pods)
 * never apply the same parked messages concurrently. It is a different lock from the short per-key
 * lock of ParkedStore, so the consumer is never blocked for the length of a retry.
 */
export const RetryLock = {
  async hold<T>(pool: pg.Pool, groupId: string, key: string, work: () => Promise<T>): Promise<T> {
    const client = await pool.connect();
    const lock = [`linli_parked_retry:${groupId}`, key];
    try {
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1), hashtext($2)) AS locked', lock);
      if (!rows[0].locked) throw new KeyBusy(groupId, key);
      try {
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1), hashtext($2))', lock);
      }
    } finally {
      client.release();
    }
  },
};
