/**
 * A broadcast "something may have moved": here, that events may have been appended; in the ratings
 * service, that its read models moved. Waiters remember the generation they last saw, so a wake-up
 * that arrives between a check and the wait is not lost.
 */
export class WakeSignal {
  private generation = 0;
  private waiters = new Set<() => void>();

  /** The current generation; pass it to `waitAfter` after reading. */
  get current(): number {
    return this.generation;
  }

  fire(): void {
    this.generation++;
    if (this.waiters.size === 0) return; // the common case on the append path: nobody waits
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const wake of waiters) wake();
  }

  /** Resolves at the first wake-up after `seen`, after `timeoutMs` (the poll), or when aborted. */
  waitAfter(seen: number, timeoutMs: number, abort?: AbortSignal): Promise<void> {
    if (this.generation !== seen || abort?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        abort?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
      abort?.addEventListener('abort', done, { once: true });
    });
  }
}
