import { DEFAULT_PARTITIONS, type Contract } from '@linli/contracts';
import type { Admin } from 'kafkajs';

/** Maps a contract's logical topic to the physical one (identity in production; tests add a suffix). */
export type TopicNaming = (logicalTopic: string) => string;

/** The identity naming. */
export const sameTopicName: TopicNaming = (topic) => topic;

/** A topic as the services need it. */
export interface TopicSpec {
  readonly topic: string;
  /** Default 3 (DEFAULT_PARTITIONS). */
  readonly partitions?: number;
  /** Default -1: the broker's default replication factor. */
  readonly replicationFactor?: number;
  readonly config?: Readonly<Record<string, string>>;
}

/** The dead-letter topic of a consumer group. */
export const deadLetterTopicOf = (groupId: string): string => `${groupId}.dlq`;

/** The topics a set of contracts is published on. */
export function topicSpecsFor(contracts: readonly Contract[], naming: TopicNaming = sameTopicName): TopicSpec[] {
  return [...new Set(contracts.map((contract) => naming(contract.topic)))].map((topic) => ({ topic }));
}

/**
 * Creates the topics that do not exist yet and waits for their leaders. Existing topics are left
 * alone, even with fewer partitions: adding partitions would move keys to other partitions and
 * break each community's order, so that is an operator's deliberate migration, never a start-up side effect.
 */
export async function ensureTopics(admin: Admin, specs: readonly TopicSpec[], leaderTimeoutMs = 30_000): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = specs.filter((spec, i) => !existing.has(spec.topic) && specs.findIndex((s) => s.topic === spec.topic) === i);
  if (missing.length === 0) return;
  try {
    // kafkajs's own waitForLeaders gives up on UNKNOWN_TOPIC_OR_PARTITION, which a KRaft broker
    // answers for a moment after accepting a new topic; waitForLeaders below tolerates it.
    await admin.createTopics({
      waitForLeaders: false,
      topics: missing.map((spec) => ({
        topic: spec.topic,
        numPartitions: spec.partitions ?? DEFAULT_PARTITIONS,
        replicationFactor: spec.replicationFactor ?? -1,
        configEntries: Object.entries(spec.config ?? {}).map(([name, value]) => ({ name, value })),
      })),
    });
  } catch (error) {
    // Another service created one of them between our list and create: that is the same outcome.
    if (!(error as { type?: string }).type?.includes('TOPIC_ALREADY_EXISTS') && !String(error).includes('already exists')) throw error;
  }
  await waitForLeaders(
    admin,
    missing.map((spec) => spec.topic),
    leaderTimeoutMs,
  );
}

/** The broker's answers that mean "not yet": the topic is being created or its leader elected. */
const NOT_YET = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

/** Waits until every partition of the topics has a leader, or fails naming the topics after the timeout. */
export async function waitForLeaders(admin: Admin, topics: readonly string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (let delay = 50; ; delay = Math.min(delay * 2, 1_000)) {
    try {
      const { topics: found } = await admin.fetchTopicMetadata({ topics: [...topics] });
      const led = found.every((topic) => topic.partitions.length > 0 && topic.partitions.every((partition) => partition.leader >= 0 && partition.partitionErrorCode === 0));
      if (led && found.length === topics.length) return;
      last = new Error('some partitions have no leader yet');
    } catch (error) {
      const { type, cause } = error as { type?: string; cause?: { type?: string } };
      if (!NOT_YET.has(type ?? cause?.type ?? '')) throw error;
      last = error;
    }
    if (Date.now() + delay > deadline) throw new Error(`Kafka topics ${topics.join(', ')} have no leaders after ${timeoutMs} ms: ${String(last)}`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
