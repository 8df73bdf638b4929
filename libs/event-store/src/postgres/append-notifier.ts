import type pg from 'pg';
import type { WakeRouter } from './wake-router.js';

/** The channel every adapter instance notifies and listens on; the payload names the schema. */
export const NOTIFY_CHANNEL = 'linli_events';

/** A NOTIFY payload stays well below the server's 8000 bytes; more streams are not listed. */
const MAX_PAYLOAD_BYTES = 7_000;
/** Streams remembered for the next notification; past this many it names none (wakes everyone). */
const MAX_LISTED_STREAMS = 200;

/** What a notification says: the schema appended to, the store that sent it, and the streams (undefined: not listed). */
export interface AppendNotification {
  readonly schema: string;
  readonly sender?: string;
  readonly streams?: readonly string[];
}

/**
 * `schema`, `sender` and the streams, one per line; too long, or a stream name with a line break,
 * and the streams are left out (a listener then wakes every subscription, as for a legacy payload
 * that is the schema alone).
 */
export function encodeNotification(schema: string, sender: string, streams: readonly string[] | undefined): string {
  const unlisted = `${schema}\n${sender}`;
  if (!streams || streams.length === 0 || streams.some((stream) => stream.includes('\n'))) return unlisted;
  const listed = `${unlisted}\n${streams.join('\n')}`;
  return Buffer.byteLength(listed) <= MAX_PAYLOAD_BYTES ? listed : unlisted;
}

export function decodeNotification(payload: string): AppendNotification {
  const [schema = '', sender, ...streams] = payload.split('\n');
  return { schema, sender, streams: streams.length > 0 ? streams : undefined };
}

/**
 * Tells listeners that events were committed, and to which streams. NOTIFY is sent after the
 * append's commit, never inside it: a NOTIFY in the append transaction takes a cluster-wide lock
 * at commit and would serialise all appends. Calls are coalesced: one statement in flight per
 * process and at most one per `intervalMs`, naming every stream appended to meanwhile, so a burst
 * of appends costs a handful of notifications. Failures are ignored: subscribers also poll.
 */
export class AppendNotifier {
  private inFlight: Promise<void> | null = null;
  private readonly streams = new Set<string>();
  /** Appended to since the last notification, but too many streams to list. */
  private overflow = false;
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    private readonly local: WakeRouter,
    /** Names this store in its notifications: its own listener ignores them (the local wake-up came first). */
    private readonly sender: string,
    private readonly intervalMs = 10,
  ) {}

  /** Call after a successful commit of an append to `stream`. */
  appended(stream: string): void {
    this.local.fire([stream]); // subscribers in this process need no round trip through the server
    if (this.streams.size < MAX_LISTED_STREAMS) this.streams.add(stream);
    else this.overflow = true;
    this.kick();
  }

  /** Stops notifying; resolves once no statement is in flight, so the pool may be ended. */
  async close(): Promise<void> {
    this.closed = true;
    await this.inFlight;
  }

  private kick(): void {
    if (this.inFlight || this.closed) return;
    this.inFlight = this.send().finally(() => {
      this.inFlight = null;
      if (this.streams.size > 0) this.kick(); // appended between the last statement and now
    });
  }

  private async send(): Promise<void> {
    while (this.streams.size > 0 && !this.closed) {
      const streams = this.overflow ? undefined : [...this.streams];
      this.streams.clear();
      this.overflow = false;
      const sentAt = Date.now();
      await this.pool.query('SELECT pg_notify($1, $2)', [NOTIFY_CHANNEL, encodeNotification(this.schema, this.sender, streams)]).catch(() => undefined);
      const wait = sentAt + this.intervalMs - Date.now();
      if (this.streams.size > 0 && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
