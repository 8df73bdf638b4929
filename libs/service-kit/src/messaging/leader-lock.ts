import type pg from 'pg';

const RETRY_MS = 2_000;

/**
 * A session-level PostgreSQL advisory lock held on a dedicated connection: whoever holds it is
 * the leader; if that process dies, its connection closes and another replica takes over.
 */
export class LeaderLock {
  private client: pg.PoolClient | undefined;

  constructor(private readonly pool: pg.Pool, private readonly name: string) {}

  /** Polls until the lock is acquired (true) or `cancelled()` turns true (false). */
  async whenAcquired(cancelled: () => boolean): Promise<boolean> {
    while (!cancelled()) {
      if (await this.tryAcquire()) return true;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
    return false;
  }

  private async tryAcquire(): Promise<boolean> {
    try {
      const client = await this.pool.connect();
      const { rows } = await client.query<{ acquired: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS acquired', [this.name]);
      if (rows[0]?.acquired) {
        this.client = client;
        return true;
      }
      client.release();
    } catch {
      // the database is not reachable yet: try again later
    }
    return false;
  }

  async release(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [this.name]).catch(() => undefined);
    client.release();
  }
}
