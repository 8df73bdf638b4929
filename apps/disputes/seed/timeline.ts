import type { SeedStep } from './dispute-plan.js';

/**
 * The steps of one dispute in business-time order. A step at or before the previous one is moved
 * a minute after it; once a step would fall after the end of the year played, it and everything
 * after it are left out, so the dispute stays where the year left it (open, or not yet rated).
 */
export class Timeline {
  readonly steps: SeedStep[] = [];
  private ended = false;

  constructor(private readonly until: number) {}

  /** Business time of the latest step. */
  get last(): number {
    return this.steps[this.steps.length - 1]?.at ?? 0;
  }

  add(path: string, body: Record<string, unknown>, at: number): void {
    const time = Math.round(Math.max(at, this.last + 60_000));
    if (this.ended || time > this.until) {
      this.ended = true;
      return;
    }
    this.steps.push({ path, body, at: time });
  }
}
