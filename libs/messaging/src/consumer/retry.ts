import { PermanentFailure } from './handler.js';

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
 */
export async function withRetries(policy: RetryPolicy, attempt: (n: number) => Promise<void>, signal: AbortSignal, pause: () => Promise<void>): Promise<RetryOutcome> {
  for (let n = 1; ; n++) {
    try {
      await attempt(n);
      return { ok: true, attempts: n };
    } catch (error) {
      if (error instanceof PermanentFailure || n >= policy.attempts) return { ok: false, attempts: n, error };
      await sleep(Math.min(policy.backoffMs * 2 ** (n - 1), policy.maxBackoffMs ?? MAX_BACKOFF_MS), signal);
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
