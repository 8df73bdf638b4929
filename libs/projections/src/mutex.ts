/** A FIFO lock: one holder at a time, the others wait their turn. */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves with the release function once the lock is held. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return acquired;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}
