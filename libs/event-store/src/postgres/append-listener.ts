import type pg from 'pg';
import { decodeNotification, NOTIFY_CHANNEL } from './append-notifier.js';
import type { WakeRouter } from './wake-router.js';

const MAX_BACKOFF_MS = 5_000;

/**
 * Holds one pooled connection in LISTEN while any subscription of this store runs, and turns
 * notifications for this schema into wake-ups of the subscriptions they may concern (WakeRouter).
 * Its own store's notifications are ignored: that store woke its subscriptions itself when it
 * appended. A dropped connection is replaced with backoff; meanwhile the subscriptions' polling
 * keeps them correct, only slower.
 */
export class AppendListener {
  private users = 0;
  private client: pg.PoolClient | null = null;
  private connecting: Promise<void> | null = null;
  private backoffMs = 100;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    private readonly router: WakeRouter,
    /** The sender name of this store's own notifications. */
    private readonly sender: string,
  ) {}

  /** A subscription starts: make sure someone listens. */
  acquire(): void {
    if (this.users++ === 0) this.connect();
  }

  /** A subscription ended: stop listening once nobody needs it. */
  async release(): Promise<void> {
    if (--this.users > 0) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.connecting;
    this.drop(undefined);
  }

  private connect(): void {
    this.connecting = this.listen().finally(() => (this.connecting = null));
  }

  private async listen(): Promise<void> {
    let client: pg.PoolClient | undefined;
    try {
      client = await this.pool.connect();
      client.on('notification', (message) => {
        const notification = decodeNotification(message.payload ?? '');
        if (notification.schema === this.schema && notification.sender !== this.sender) this.router.fire(notification.streams);
      });
      const connection = client;
      // pg emits 'error' (and then 'end') when the server or network drops the connection.
      connection.on('error', (error) => this.client === connection && this.lost(error));
      connection.on('end', () => this.client === connection && this.lost(new Error('LISTEN connection ended')));
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
      this.client = client;
      this.backoffMs = 100;
      this.router.fire(); // appends made while nobody listened are worth one look
    } catch (error) {
      client?.release(error as Error);
      this.scheduleRetry();
    }
    if (this.users === 0) this.drop(undefined);
  }

  private lost(error: Error): void {
    this.drop(error);
    if (this.users > 0) this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.users === 0 || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.users > 0 && !this.client) this.connect();
    }, this.backoffMs);
    this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
  }

  private drop(error: Error | undefined): void {
    const client = this.client;
    this.client = null;
    if (!client) return;
    client.removeAllListeners('notification');
    // A connection left in LISTEN must not go back to the pool: destroy it instead of reusing it.
    client.release(error ?? true);
  }
}
