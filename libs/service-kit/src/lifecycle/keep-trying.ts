import type { Logger } from 'pino';

export interface KeepTryingOptions {
  /** Logged at warn level with the attempt and the error after each failure, e.g. "MongoDB not reachable yet; retrying". */
  readonly message: string;
  readonly logger: Logger;
  /** Checked before each attempt: true ends the loop (the service is shutting down). */
  readonly stopped: () => boolean;
  /** More fields for the warning (never personal data). */
  readonly context?: Readonly<Record<string, unknown>>;
  /** The longest wait between attempts. Default 5000 ms; the wait grows by 250 ms per attempt up to it. */
  readonly maxDelayMs?: number;
  /** Runs after a failed attempt, before the wait (e.g. to release what the attempt half-opened). */
  readonly afterFailure?: () => Promise<void>;
}

/**
 * Starts something that needs a dependency which may not answer yet (a server still starting, a
 * broker restarting), without crash-looping the pod: tries `start` until it succeeds, waiting a
 * little longer after each failure and saying so in the log, and gives up only when the service
 * stops. Resolves with what `start` returned, or undefined if the service stopped first.
 */
export async function keepTrying<T>(options: KeepTryingOptions, start: (attempt: number) => Promise<T>): Promise<T | undefined> {
  const maxDelayMs = options.maxDelayMs ?? 5_000;
  for (let attempt = 1; !options.stopped(); attempt++) {
    try {
      return await start(attempt);
    } catch (error) {
      await options.afterFailure?.().catch(() => undefined);
      options.logger.warn({ ...options.context, attempt, err: (error as Error).message }, options.message);
      await new Promise((resolve) => setTimeout(resolve, Math.min(maxDelayMs, 250 * attempt)));
    }
  }
  return undefined;
}
