/** What a rebuild reports as it goes. */
export interface RebuildProgress {
  readonly projection: string;
  readonly target: string;
  readonly phase: 'replaying' | 'switching' | 'switched';
  readonly position: bigint;
  readonly head: bigint;
  /** Stored events read by this run. */
  readonly events: number;
  readonly eventsPerSecond: number;
  /** How far from the log's first event to its head, 0..1. */
  readonly ratio: number;
  /** Seconds left at the current pace, null until it can be told. */
  readonly etaSeconds: number | null;
}

/** Measures pace over the whole run: events per second, and positions per second for the ETA. */
export class ProgressMeter {
  private readonly started = Date.now();
  private events = 0;

  /** `startPosition`: where this run starts; `logStart`: before the first event of the log (progress is measured from it). */
  constructor(private readonly startPosition: bigint, private readonly logStart = 0n) {}

  count(events: number): number {
    this.events += events;
    return this.events;
  }

  report(base: Pick<RebuildProgress, 'projection' | 'target' | 'phase'>, position: bigint, head: bigint): RebuildProgress {
    const seconds = Math.max((Date.now() - this.started) / 1000, 1e-3);
    const covered = Number(position - this.startPosition);
    const remaining = Number(head > position ? head - position : 0n);
    const etaSeconds = covered > 0 ? (remaining / covered) * seconds : null;
    const ratio = head > this.logStart ? Math.min(1, Number(position - this.logStart) / Number(head - this.logStart)) : 1;
    return { ...base, position, head, events: this.events, eventsPerSecond: this.events / seconds, ratio, etaSeconds };
  }
}
