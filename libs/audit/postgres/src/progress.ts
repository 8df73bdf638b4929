/** What long operations report while they run. */
export interface AuditProgress {
  readonly phase: string;
  readonly events: number;
  readonly position: string;
  readonly head: string;
  readonly eventsPerSecond: number;
  /** Seconds left by the share of positions still to go; null when unknown. */
  readonly etaSeconds: number | null;
}

/** Measures rate and ETA over a position range. */
export class ProgressMeter {
  private readonly started = performance.now();
  events = 0;

  constructor(
    private readonly phase: string,
    private readonly start: bigint,
    private readonly head: bigint,
  ) {}

  seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  rate(): number {
    const seconds = this.seconds();
    return seconds > 0 ? this.events / seconds : 0;
  }

  /** Where the rate is measured from: the start, or (from the beginning of a log, whose positions start high) the first position seen. */
  private origin: bigint | undefined;

  at(position: bigint): AuditProgress {
    this.origin ??= this.start === 0n ? position : this.start;
    const done = Number(position - this.origin);
    const total = Number(this.head - this.origin);
    const seconds = this.seconds();
    const eta = done > 0 && total > done ? (seconds * (total - done)) / done : total <= done ? 0 : null;
    return { phase: this.phase, events: this.events, position: position.toString(), head: this.head.toString(), eventsPerSecond: this.rate(), etaSeconds: eta };
  }
}
