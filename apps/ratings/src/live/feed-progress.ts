import type { PartitionLag, PartitionProgress } from '@linli/messaging';

interface PartitionState {
  /** The next offset to resolve (everything before it is applied, parked or skipped). */
  next: bigint;
  /** The partition's end as last reported (a fetch or a broker snapshot). */
  end: bigint;
  /** The event-store position of the last event applied from it (0: none yet). */
  applied: bigint;
}

/** Positions remembered as applied one by one: a few minutes of traffic. */
const RECENT_CAPACITY = 50_000;

/**
 * What the ratings Kafka feed knows of its partitions, kept from the consumer's own fetches
 * (a batch carries the partition's high watermark), from what it resolves and applies, and from
 * the occasional broker snapshot (lag), which covers partitions another replica consumes and the
 * start before the first fetch. Knowledge only grows: every update keeps the larger offset. Pure:
 * no I/O, so the watermark is a function of what was observed.
 */
export class FeedProgress {
  private readonly partitions = new Map<string, PartitionState>();
  private readonly recent = new Set<bigint>();
  private highest = 0n;

  /** A fetched batch arrived, or a run of it was resolved (see PartitionProgress). */
  observe(progress: PartitionProgress): void {
    this.merge(progress.topic, progress.partition, BigInt(progress.nextOffset), BigInt(progress.highWatermark));
  }

  /** The broker's view of the group: committed offsets and ends of every partition of its topics. */
  observeBroker(lags: readonly PartitionLag[]): void {
    for (const lag of lags) this.merge(lag.topic, lag.partition, BigInt(lag.end) - BigInt(lag.lag), BigInt(lag.end));
  }

  /** An event of the partition is in the read models. */
  noteApplied(topic: string, partition: number, position: bigint): void {
    const state = this.state(topic, partition);
    if (state.applied < position) state.applied = position;
    if (this.highest < position) this.highest = position;
    this.recent.add(position);
    if (this.recent.size > RECENT_CAPACITY) this.recent.delete(this.recent.values().next().value as bigint);
  }

  /**
   * Every event up to the returned position is applied, as far as the feed can tell: a partition
   * resolved up to its known end holds nothing older; one with messages left is known up to the
   * last position applied from it. Null: no partition has messages left.
   */
  watermark(): bigint | null {
    let lowest: bigint | null = null;
    for (const state of this.partitions.values()) {
      if (state.next >= state.end) continue;
      if (lowest === null || state.applied < lowest) lowest = state.applied;
    }
    return lowest;
  }

  /** Messages known but not resolved yet, over every partition. */
  backlog(): number {
    let total = 0n;
    for (const state of this.partitions.values()) if (state.end > state.next) total += state.end - state.next;
    return Number(total);
  }

  /** Whether the event at `position` was applied by this process (among the last RECENT_CAPACITY applied). */
  hasApplied(position: bigint): boolean {
    return this.recent.has(position);
  }

  /** The highest position applied by this process (0: none). */
  highestApplied(): bigint {
    return this.highest;
  }

  /** The partitions known, as `topic/partition`. */
  known(): string[] {
    return [...this.partitions.keys()];
  }

  private merge(topic: string, partition: number, next: bigint, end: bigint): void {
    const state = this.state(topic, partition);
    if (state.next < next) state.next = next;
    if (state.end < end) state.end = end;
  }

  private state(topic: string, partition: number): PartitionState {
    const key = `${topic}/${partition}`;
    let state = this.partitions.get(key);
    if (!state) this.partitions.set(key, (state = { next: 0n, end: 0n, applied: 0n }));
    return state;
  }
}
