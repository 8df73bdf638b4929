import type { Admin } from 'kafkajs';
import { retryingRetriable } from '../kafka/retriable.js';

/** How far one consumer group is behind on one partition. */
export interface PartitionLag {
  readonly groupId: string;
  readonly topic: string;
  readonly partition: number;
  /** The next offset the group will read (-1: nothing committed yet). */
  readonly committed: string;
  /** The partition's end (high watermark). */
  readonly end: string;
  /** Messages not yet consumed; without a commit, everything still in the partition. */
  readonly lag: number;
}

/**
 * Lag per partition of a group on its topics, from the broker's committed offsets and watermarks.
 * A group coordinator that is moving or still loading (a broker just started) is waited out for up
 * to `retryMs`, as kafkajs does not retry `fetchOffsets` itself.
 */
export async function consumerLag(admin: Admin, groupId: string, topics: readonly string[], retryMs = 5_000): Promise<PartitionLag[]> {
  const committed = await retryingRetriable(() => admin.fetchOffsets({ groupId, topics: [...topics] }), retryMs);
  const lags: PartitionLag[] = [];
  for (const { topic, partitions } of committed) {
    const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, p]));
    for (const { partition, offset } of partitions) {
      const end = ends.get(partition);
      if (!end) continue;
      const from = BigInt(offset) >= 0n ? BigInt(offset) : BigInt(end.low);
      const lag = BigInt(end.high) - from;
      lags.push({ groupId, topic, partition, committed: offset, end: end.high, lag: Number(lag > 0n ? lag : 0n) });
    }
  }
  return lags.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
}

/** The total lag of a group, for a health check's details. */
export const totalLag = (lags: readonly PartitionLag[]): number => lags.reduce((sum, lag) => sum + lag.lag, 0);
