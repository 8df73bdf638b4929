import type pg from 'pg';
import type { WakeSignal } from './wake-signal.js';

/** The channel every adapter instance notifies and listens on; the payload names the schema. */
export const NOTIFY_CHANNEL = 'linli_events';

/**
 * Tells listeners that events were committed. NOTIFY is sent after the append's commit, never
 * inside it: a NOTIFY in the append transaction takes a cluster-wide lock at commit and would
 * serialise all appends. Calls are coalesced: one statement in flight per process and at most one
 * per `intervalMs`; whatever is appended meanwhile is covered by the next one, so a burst of
 * appends costs a handful of notifications. Failures are ignored: subscribers also poll.
 */
export class AppendNotifier {
  private inFlight: Promise<void> | null = null;
  private pending = false;
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    private readonly local: WakeSignal,
    private readonly intervalMs = 10,
  ) {}

  /** Call after a successful commit. */
  appended(): void {
    this.local.fire(); // subscribers in this process need no round trip through the server
    if (this.inFlight) {
      this.pending = true;
      return;
    }
    this.inFlight = this.send().finally(() => (this.inFlight = null));
  }

  /** Stops notifying; resolves once no statement is in flight, so the pool may be ended. */
  async close(): Promise<void> {
    this.closed = true;
    await this.inFlight;
  }

  private async send(): Promise<void> {
    do {
      this.pending = false;
      if (this.closed) return;
      const sentAt = Date.now();
      await this.pool.query('SELECT pg_notify($1, $2)', [NOTIFY_CHANNEL, this.schema]).catch(() => undefined);
      const wait = sentAt + this.intervalMs - Date.now();
      if (this.pending && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    } while (this.pending);
  }
}
