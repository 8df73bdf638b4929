/**
 * Wakes whoever waits for the read models to move: the live pipeline fires it after each batch
 * applied (Kafka feed or own log) and each new view of the partitions; a waiter re-checks then,
 * instead of polling on a clock. A waiter always bounds its wait, so a missed wake-up costs at
 * most that bound, never correctness.
 */
export class ProgressSignal {
  private waiters = new Set<() => void>();

  /** Resolves at the next fire, or after `timeoutMs`, whichever comes first. */
  next(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, timeoutMs));
      this.waiters.add(done);
    });
  }

  fire(): void {
    const waiting = this.waiters;
    this.waiters = new Set();
    for (const wake of waiting) wake();
  }
}
