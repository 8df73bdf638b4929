// When does a command become visible in a read model? One watcher long-polls the read-your-writes
// gate for the smallest position still awaited and settles every command at or below the position
// the answer reports. One poller, not one per command: at 20 commands/s with a few seconds of lag,
// hundreds of concurrent pollers would load the service they measure (each 202 costs it a wait
// loop of PostgreSQL queries) and the benchmark would measure its own polling.

/** Asks the read side for `minPosition`; answers the HTTP status and the position it reports reached. */
export type PositionProbe = (minPosition: bigint) => Promise<{ status: number; position: bigint | null; text: string }>;

interface Awaited {
  readonly position: bigint;
  readonly deadline: number;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

export class VisibilityWatcher {
  private readonly awaited = new Set<Awaited>();
  private wake: (() => void) | undefined;
  private stopped = false;
  private readonly loop: Promise<void>;
  /** How long each probe that found something to settle took: the resolution of the figures. */
  readonly probeMs: number[] = [];
  /** The last answer: what the read side reported reaching, against the lowest position awaited then. */
  last: { status: number; reported: bigint | null; awaited: bigint } | undefined;

  constructor(
    private readonly probe: PositionProbe,
    private readonly timeoutMs: number,
  ) {
    this.loop = this.run();
  }

  /** Resolves once the read side reports `position` reached; rejects after the timeout. */
  visible(position: bigint): Promise<void> {
    return new Promise((resolve, reject) => {
      this.awaited.add({ position, deadline: performance.now() + this.timeoutMs, resolve, reject });
      this.wake?.();
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    for (const entry of this.awaited) entry.reject(new Error('the benchmark ended first'));
    this.awaited.clear();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      if (this.awaited.size === 0) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
        continue;
      }
      const lowest = [...this.awaited].reduce((min, entry) => (entry.position < min ? entry.position : min), [...this.awaited][0]?.position ?? 0n);
      const asked = performance.now();
      const answer = await this.probe(lowest).catch((error: Error) => ({ status: 0, position: null, text: error.message }));
      const now = performance.now();
      if (answer.status === 200) this.probeMs.push(now - asked);
      this.last = { status: answer.status, reported: answer.position, awaited: lowest };
      for (const entry of this.awaited) {
        if (answer.position !== null && entry.position <= answer.position) entry.resolve();
        else if (answer.status !== 200 && answer.status !== 202) entry.reject(new Error(`the read side answered ${answer.status}: ${answer.text.slice(0, 120)}`));
        else if (now >= entry.deadline) entry.reject(new Error(`not visible within ${this.timeoutMs / 1000} s`));
        else continue;
        this.awaited.delete(entry);
      }
    }
  }
}
