import type pg from 'pg';

const RETRY_MS = 2_000;

/**
 * A session-level PostgreSQL advisory lock held on a dedicated connection: whoever holds it is
 * the leader; if that process dies, its connection closes and another replica takes over.
 */
export class LeaderLock {
  private client: pg.PoolClient | undefined;

  /**
   * `onLost` hears of a lock lost with its connection (terminated, database restarted): the server
   * has let go of it, so another replica may lead now; the caller stops leading and waits again.
   */
  constructor(
    private readonly pool: pg.Pool,
    private readonly name: string,
    private readonly onLost?: (error: Error) => void,
  ) {}

  /** Whether this process holds the lock (as far as it knows: a dead connection is noticed by its error). */
  get held(): boolean {
    return this.client !== undefined;
  }

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
        // A checked-out client has no error listener of the pool's: without this one, a terminated
        // connection would be an unhandled 'error' event and take the whole process down.
        client.on('error', (error) => this.lost(client, error));
        this.client = client;
        return true;
      }
      client.release();
    } catch {
      // the database is not reachable yet: try again later
    }
    return false;
  }

  private lost(client: pg.PoolClient, error: Error): void {
    if (this.client !== client) return; // released already: the pool's idle handler has it
    this.client = undefined;
    client.release(error); // destroys the connection instead of returning it to the pool
    this.onLost?.(error);
  }

  async release(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [this.name]).catch(() => undefined);
    client.release();
  }
}
