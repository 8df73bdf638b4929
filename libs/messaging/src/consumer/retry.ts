import { PermanentFailure } from './handler.js';
import { isDependencyUnavailable } from './unavailable.js';

/** Bounded retries with exponential backoff for transient failures. */
export interface RetryPolicy {
  /** Tries in all, the first included. Default 3. */
  readonly attempts: number;
  /** Wait before the second try; doubles each time. Default 200 ms. */
  readonly backoffMs: number;
  /** Ceiling of a single wait. Default 5000 ms. */
  readonly maxBackoffMs?: number;
}

const MAX_BACKOFF_MS = 5_000;

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, backoffMs: 200, maxBackoffMs: MAX_BACKOFF_MS };

/** How a run with retries ended. */
export type RetryOutcome = { readonly ok: true; readonly attempts: number } | { readonly ok: false; readonly attempts: number; readonly error: unknown };

/** Thrown when the consumer is stopping during a backoff wait: the message is left unfinished. */
export class RetryInterrupted extends Error {
  constructor() {
    super('stopping: retry interrupted');
    this.name = 'RetryInterrupted';
  }
}

/**
 * Runs `attempt` until it succeeds, fails permanently or the tries are used up. `pause` runs during
 * each wait (the consumer heartbeats there so a long backoff does not cost it its partitions).
 * A failure that says a dependency is unavailable (see isDependencyUnavailable) uses up no try: the
 * message is not at fault, so it waits — with backoff capped at `maxBackoffMs` — for as long as the
 * outage lasts or until the consumer stops, and `onUnavailable` hears of each such failure.
 */
export async function withRetries(
  policy: RetryPolicy,
  attempt: (n: number) => Promise<void>,
  signal: AbortSignal,
  pause: () => Promise<void>,
  onUnavailable?: (error: unknown) => void,
): Promise<RetryOutcome> {
  const ceiling = policy.maxBackoffMs ?? MAX_BACKOFF_MS;
  for (let n = 1, waits = 0; ; waits++) {
    try {
      await attempt(n);
      return { ok: true, attempts: n };
    } catch (error) {
      if (error instanceof PermanentFailure) return { ok: false, attempts: n, error };
      if (isDependencyUnavailable(error)) onUnavailable?.(error);
      else if (n >= policy.attempts) return { ok: false, attempts: n, error };
      else n++;
      await sleep(Math.min(policy.backoffMs * 2 ** Math.min(waits, 20), ceiling), signal);
      await pause();
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(new RetryInterrupted());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new RetryInterrupted());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
