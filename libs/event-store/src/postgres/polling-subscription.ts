import type { SubscribeOptions, Subscription, SubscriptionHandler } from '../port.js';
import type { Page } from './read.js';
import type { WakeSignal } from './wake-signal.js';

export interface PollingSubscriptionDeps {
  readonly readPage: (from: bigint, limit: number) => Promise<Page>;
  readonly signal: WakeSignal;
  /** The safety net: how long to wait for a wake-up before looking anyway. */
  readonly pollIntervalMs: number;
  readonly onEnd: () => Promise<void>;
}

const DEFAULT_BATCH = 1000;
// When committed events wait behind an older open transaction, nobody will notify us when that
// transaction ends (it may not even be an append), so look again soon, backing off to the poll.
// The bound is cluster-wide: the usual holder is a short write of another database (FerretDB's,
// another service's) that ends within a millisecond or two, so the first look comes after 1 ms
// (a 10 ms first retry was half of a live event's way from its commit to the relay). A long
// transaction costs a handful more cheap reads: 1, 2, 4, ... ms up to the poll interval.
export const HELD_BACK_FIRST_RETRY_MS = 1;
const READ_ATTEMPTS = 10;

interface Fetched {
  readonly page: Page;
  /** The wake-up generation before the read: later appends will have fired after it. */
  readonly seen: number;
}

/**
 * Catch-up then live in one loop: read a page after the position, hand it over, repeat; when a
 * page comes back short the log is drained, so wait for a wake-up or the poll interval. While
 * the handler works on a full page the next one is already being read.
 */
export function startPollingSubscription(handler: SubscriptionHandler, options: SubscribeOptions, deps: PollingSubscriptionDeps): Subscription {
  const abort = new AbortController();
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const readFrom = (from: bigint): Promise<Fetched> => {
    const seen = deps.signal.current;
    const fetched = readWithRetry(() => deps.readPage(from, batchSize), abort.signal).then((page) => ({ page, seen }));
    fetched.catch(() => undefined); // a read-ahead may fail after a stop; whoever awaits it still sees the error
    return fetched;
  };

  const run = async (): Promise<void> => {
    let heldBackWaitMs = 0; // 0: the last short page was not held back
    let next = readFrom(options.fromCheckpoint?.position ?? 0n);
    while (!abort.signal.aborted) {
      const { page, seen } = await next;
      const full = page.events.length === batchSize;
      if (full) next = readFrom(page.scannedTo); // read ahead while the handler works
      if (page.events.length > 0 && !abort.signal.aborted) {
        await handler(page.events, { position: page.events[page.events.length - 1].globalPosition });
      }
      if (!full) {
        heldBackWaitMs = page.heldBack ? Math.min(heldBackWaitMs === 0 ? HELD_BACK_FIRST_RETRY_MS : heldBackWaitMs * 2, deps.pollIntervalMs) : 0;
        await deps.signal.waitAfter(seen, page.heldBack ? heldBackWaitMs : deps.pollIntervalMs, abort.signal);
        if (!abort.signal.aborted) next = readFrom(page.scannedTo);
      }
    }
    await next.catch(() => undefined);
  };

  const done = run().finally(deps.onEnd);
  return {
    stop: async () => {
      abort.abort();
      await done.catch(() => undefined);
    },
    done,
  };
}

async function readWithRetry(read: () => Promise<Page>, abort: AbortSignal): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      // A restarting database or a dropped connection is survivable; a persistent failure is not.
      if (attempt >= READ_ATTEMPTS || abort.aborted) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** attempt, 5_000)));
    }
  }
}
