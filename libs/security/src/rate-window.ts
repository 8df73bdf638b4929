/** A fixed-window counter per key: how many calls a client may make per window, and when it may try again. */
export class RateWindow {
  private readonly counts = new Map<string, { windowStart: number; count: number }>();

  constructor(private readonly max: number, private readonly windowMs: number) {}

  /** Counts a call; answers the seconds to wait when the key is over its limit, else undefined. */
  take(key: string, now: number): number | undefined {
    const current = this.counts.get(key);
    if (!current || now - current.windowStart >= this.windowMs) {
      if (this.counts.size > 10_000) this.evict(now);
      this.counts.set(key, { windowStart: now, count: 1 });
      return undefined;
    }
    current.count += 1;
    if (current.count <= this.max) return undefined;
    return Math.max(1, Math.ceil((current.windowStart + this.windowMs - now) / 1000));
  }

  private evict(now: number): void {
    for (const [key, entry] of this.counts) if (now - entry.windowStart >= this.windowMs) this.counts.delete(key);
  }
}
