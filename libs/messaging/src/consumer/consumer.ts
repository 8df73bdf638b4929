import { catalogueRegistry, type Contract, type ContractRegistry } from '@linli/contracts';
import type { EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { DeadLetterTopic } from '../dead-letters/dead-letter-topic.js';
import type { MessageOrigin, ParkedMessageWithValue } from '../dead-letters/parked-message.js';
import type { ParkedStore } from '../dead-letters/parked-store.js';
import { createReliableProducer } from '../kafka/cloud-event-publisher.js';
import { deadLetterTopicOf, ensureTopics } from '../kafka/topics.js';
import type { BatchHandler, MessageHandler } from './handler.js';
import type { PostgresInbox } from './inbox.js';
import { MessagePipeline } from './message-pipeline.js';
import { DEFAULT_RETRY, RetryInterrupted, type RetryOutcome, type RetryPolicy } from './retry.js';
import { traceBatchHandler, traceHandler } from '../tracing/consume-span.js';

/** How a consumer group is set up. */
export interface ConsumerOptions {
  readonly kafka: Kafka;
  readonly groupId: string;
  readonly topics: readonly string[];
  readonly handler: MessageHandler;
  /**
   * Applies runs of consecutive clean messages of a partition together (see BatchHandler); `handler`
   * still takes the messages that need care one at a time. Not with an inbox.
   */
  readonly batchHandler?: BatchHandler;
  /** Most messages applied (and committed) in one go with a batch handler. Default 500. */
  readonly maxBatchMessages?: number;
  /** Hears of each failure that was a dependency being unavailable: the consumer waits it out, retrying. */
  readonly onUnavailable?: (error: unknown) => void;
  /** Parked keys and messages; the dead-letter topic is `<groupId>.dlq`. */
  readonly deadLetters: ParkedStore;
  /** With an inbox the handler's effect commits with the event id (see MessageContext.tx). */
  readonly inbox?: PostgresInbox;
  readonly retry?: Partial<RetryPolicy>;
  /** Contracts the messages may carry. Default: the whole catalogue. */
  readonly registry?: ContractRegistry;
  /** Only these reach the handler; other valid events are acknowledged and skipped. Default: all. */
  readonly accept?: readonly Contract[];
  /** A new group starts at the beginning of the topics (default true: read models want the history). */
  readonly fromBeginning?: boolean;
  /** Partitions handled in parallel (order holds within each). Default 3. */
  readonly partitionsConsumedConcurrently?: number;
  readonly sessionTimeoutMs?: number;
  readonly heartbeatIntervalMs?: number;
  /** The broker's long-poll wait when there is nothing to fetch; also bounds how long stop() waits. Default 1000. */
  readonly maxWaitTimeMs?: number;
  /**
   * Hears where a partition stands, from the member's own fetches (no broker round trip): when a
   * batch arrives (nothing of it resolved yet) and after each run of it is resolved and committed.
   */
  readonly onProgress?: (progress: PartitionProgress) => void;
}

/** Where one partition stands for this member, as of its last fetch. */
export interface PartitionProgress {
  readonly topic: string;
  readonly partition: number;
  /** The next offset to resolve: every message before it is applied, parked or skipped. */
  readonly nextOffset: string;
  /** The partition's end as the broker reported it with the batch. */
  readonly highWatermark: string;
}

/** A running consumer group member. */
export interface RunningConsumer {
  readonly groupId: string;
  readonly topics: readonly string[];
  readonly deadLetterTopic: string;
  /** Where the group's messages are parked (operators list, retry and skip them there). */
  readonly parked: ParkedStore;
  /** Resolves when the member first joined its group with its partitions assigned. */
  readonly joined: Promise<void>;
  /** The partitions assigned to this member at its last join, per topic (empty before). */
  assignment(): Readonly<Record<string, readonly number[]>>;
  /** Applies a parked message again through the handler (DeadLetters.retry uses it). */
  reapply(message: ParkedMessageWithValue): Promise<RetryOutcome>;
  /** Lets the in-flight message finish, commits its offset, leaves the group, disconnects. */
  stop(): Promise<void>;
}

/**
 * Starts a consumer: offsets are committed one message at a time (with a batch handler: one run of
 * up to `maxBatchMessages` at a time), only after the outcome is durable.
 */
export async function startConsumer(options: ConsumerOptions): Promise<RunningConsumer> {
  const { kafka, groupId } = options;
  if (options.batchHandler && options.inbox) throw new Error(`consumer ${groupId}: a batch handler cannot be combined with an inbox (the inbox commits one message at a time)`);
  const chunkSize = options.batchHandler ? Math.max(1, options.maxBatchMessages ?? 500) : 1;
  const deadLetterTopic = deadLetterTopicOf(groupId);
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [...options.topics.map((topic) => ({ topic })), { topic: deadLetterTopic, partitions: 1 }]).finally(() => admin.disconnect());
  const producer = createReliableProducer(kafka);
  await producer.connect();
  const abort = new AbortController();
  const pipeline = new MessagePipeline({
    groupId,
    registry: options.registry ?? catalogueRegistry,
    accept: options.accept && new Set(options.accept.map((contract) => contract.type)),
    // Each try runs in a consumer span, child of the CloudEvent's traceparent (tracing on only).
    handler: traceHandler(options.handler),
    batchHandler: options.batchHandler && traceBatchHandler(options.batchHandler),
    onUnavailable: options.onUnavailable,
    inbox: options.inbox,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    parked: options.deadLetters,
    deadLetterTopic: new DeadLetterTopic(producer, deadLetterTopic),
  });
  const consumer = kafka.consumer({
    groupId,
    allowAutoTopicCreation: false,
    sessionTimeout: options.sessionTimeoutMs ?? 30_000,
    heartbeatInterval: options.heartbeatIntervalMs ?? 3_000,
    maxWaitTimeInMs: options.maxWaitTimeMs ?? 1_000,
  });
  let assignment: Readonly<Record<string, readonly number[]>> = {};
  const joined = new Promise<void>((resolve) =>
    consumer.on(consumer.events.GROUP_JOIN, (event) => {
      assignment = event.payload.memberAssignment;
      resolve();
    }),
  );
  const progress = (topic: string, partition: number, nextOffset: string, highWatermark: string) => options.onProgress?.({ topic, partition, nextOffset, highWatermark });

  const eachBatch = async ({ batch, heartbeat, isRunning, isStale, resolveOffset, commitOffsetsIfNecessary }: EachBatchPayload): Promise<void> => {
    progress(batch.topic, batch.partition, batch.firstOffset() ?? batch.highWatermark, batch.highWatermark);
    for (let start = 0; start < batch.messages.length; start += chunkSize) {
      if (!isRunning() || isStale() || abort.signal.aborted) return;
      const chunk = batch.messages.slice(start, start + chunkSize);
      const origins = chunk.map((message) => originOf(batch.topic, batch.partition, message));
      try {
        await pipeline.processMany(origins, abort.signal, heartbeat);
      } catch (error) {
        if (error instanceof RetryInterrupted) return; // stopping mid-backoff: left uncommitted, redelivered later
        throw error;
      }
      const last = chunk.at(-1)?.offset ?? '0';
      resolveOffset(last);
      // The batch's own commit, not consumer.commitOffsets: that one is a silent no-op once stop()
      // has begun, which would lose the commit of the messages stop() waited for.
      const next = (BigInt(last) + 1n).toString();
      await commitOffsetsIfNecessary({ topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: next }] }] });
      progress(batch.topic, batch.partition, next, batch.highWatermark);
      await heartbeat();
    }
  };
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [...options.topics], fromBeginning: options.fromBeginning ?? true });
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 3, eachBatch });
  } catch (error) {
    await Promise.allSettled([consumer.disconnect(), producer.disconnect()]);
    throw error;
  }

  return {
    groupId,
    topics: [...options.topics],
    deadLetterTopic,
    parked: options.deadLetters,
    joined,
    assignment: () => assignment,
    reapply: (message) => pipeline.reapply(message, abort.signal),
    stop: async () => {
      abort.abort();
      await consumer.disconnect();
      await producer.disconnect();
    },
  };
}

/** Unkeyed messages promise no order, so each parks on its own. */
function originOf(topic: string, partition: number, message: KafkaMessage): MessageOrigin {
  const key = message.key && message.key.length > 0 ? message.key.toString('utf8') : `(unkeyed)${topic}/${partition}/${message.offset}`;
  return { topic, partition, offset: message.offset, key, value: message.value, headers: message.headers ?? {} };
}
