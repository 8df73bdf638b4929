import type { ContractEvent } from '@linli/contracts';
import type { Kafka, TopicMessages } from 'kafkajs';
import { prepareTopicMessages, createReliableProducer } from './cloud-event-publisher.js';
import type { TopicNaming } from './topics.js';

/**
 * Where the relay's batches go. `prepare` serialises validated CloudEvents on the relay's thread
 * (while the previous batch is on the wire); `send` resolves once the broker acknowledged the whole
 * batch (acks=all) and rejects with the producer's error otherwise. Sends come one at a time.
 */
export interface RelayProducer<Prepared extends object = object> {
  /**
   * Batches the relay may hand to `send` before the oldest was acknowledged (default 1). Above 1
   * only for a producer that queues them, sends them one at a time in order and refuses every
   * batch after one failed.
   */
  readonly queueDepth?: number;
  connect(): Promise<void>;
  prepare(events: readonly ContractEvent[], topicName: TopicNaming): Prepared;
  send(prepared: Prepared): Promise<void>;
  /** Disconnects after the send in flight; frees everything the producer holds. */
  disconnect(): Promise<void>;
}

/** The relay's producer on its own thread: the reliable kafkajs producer of `kafka`. */
export function inThreadProducer(kafka: Kafka): RelayProducer<TopicMessages[]> {
  const producer = createReliableProducer(kafka);
  return {
    connect: () => producer.connect(),
    prepare: prepareTopicMessages,
    send: async (topicMessages) => {
      if (topicMessages.length > 0) await producer.sendBatch({ acks: -1, topicMessages });
    },
    disconnect: () => producer.disconnect(),
  };
}
