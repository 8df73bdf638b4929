import { Injectable } from '@nestjs/common';

/**
 * The deadline scheduler's clock: real time in production. Tests make time pass without waiting
 * for it: `app.get(Clock).set('2025-03-07T00:00:00+08:00')` (and `set(undefined)` for real time).
 * Deadlines are never held in memory, so a clock that jumps only changes which rows come due.
 */
@Injectable()
export class Clock {
  private fixedAt: number | undefined;

  /** The current instant, ISO-8601 in UTC. */
  now(): string {
    return new Date(this.fixedAt ?? Date.now()).toISOString();
  }

  set(instant: string | undefined): void {
    this.fixedAt = instant === undefined ? undefined : Date.parse(instant);
  }
}
