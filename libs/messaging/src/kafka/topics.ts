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
export async function ensureTopics(admin: Admin, specs: readonly TopicSpec[]): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = specs.filter((spec, i) => !existing.has(spec.topic) && specs.findIndex((s) => s.topic === spec.topic) === i);
  if (missing.length === 0) return;
  try {
    await admin.createTopics({
      waitForLeaders: true,
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
}
