import { assertValid, CLOUDEVENTS_CONTENT_TYPE, cloudEventEnvelopeSchema, type ContractEvent } from '@linli/contracts';
import { Partitioners, type Kafka, type Message, type Producer, type TopicMessages } from 'kafkajs';
import { sameTopicName, type TopicNaming } from './topics.js';

/**
 * The producer settings of every Linli publisher: idempotent (the broker drops a retried batch it
 * already has), one request in flight (so a retry cannot reorder a key), bounded retries (a dead
 * broker ends in an error rather than a hang), topics never auto-created.
 */
export function createReliableProducer(kafka: Kafka): Producer {
  return kafka.producer({ ...RELIABLE_PRODUCER_SETTINGS, createPartitioner: Partitioners.DefaultPartitioner });
}

/** The serialisable part of the reliable producer's settings (a producer in a worker thread uses the same). */
export const RELIABLE_PRODUCER_SETTINGS = {
  idempotent: true,
  maxInFlightRequests: 1,
  allowAutoTopicCreation: false,
  retry: { retries: 8 },
} as const;

/**
 * A CloudEvent as a Kafka message in structured mode: the whole event is the value. Its trace
 * context is also a `traceparent` (and `tracestate`) header, where Kafka tooling looks for it.
 */
export function toKafkaMessage({ event }: ContractEvent): Message {
  return {
    key: event.partitionkey ?? null,
    value: Buffer.from(JSON.stringify(event)),
    headers: event.traceparent === undefined ? { 'content-type': CLOUDEVENTS_CONTENT_TYPE } : traceHeaders(event.traceparent, event.tracestate),
  };
}

function traceHeaders(traceparent: string, tracestate: string | undefined): Record<string, string> {
  return { 'content-type': CLOUDEVENTS_CONTENT_TYPE, traceparent, ...(tracestate !== undefined && { tracestate }) };
}

/** Publishes CloudEvents with acks from all in-sync replicas, refusing any that breaks its contract. */
export class CloudEventPublisher {
  constructor(
    private readonly producer: Producer,
    private readonly topicName: TopicNaming = sameTopicName,
  ) {}

  /**
   * Validates every event strictly, then sends them in one batch in the given order; resolves once
   * the broker acknowledged them all. Throws ContractViolation before anything is sent.
   */
  async publish(events: readonly ContractEvent[]): Promise<void> {
    for (const { contract, event } of events) {
      assertValid(cloudEventEnvelopeSchema, event, 'publish', contract.type);
      if (event.type !== contract.type) throw new TypeError(`event of type ${event.type} published under contract ${contract.type}`);
      assertValid(contract.schema, event.data, 'publish', contract.type, 'data');
    }
    await this.sendValidated(events);
  }

  /** Sends events that toCloudEvent (or publish) built, and so validated, a moment ago. */
  async sendValidated(events: readonly ContractEvent[]): Promise<void> {
    await this.sendPrepared(this.prepare(events));
  }

  /**
   * Serialises validated events into Kafka messages per topic, in order. The relay does this while
   * the previous batch is on the wire, so only the send itself waits for the broker's ack.
   */
  prepare(events: readonly ContractEvent[]): TopicMessages[] {
    return prepareTopicMessages(events, this.topicName);
  }

  /** Sends what prepare() built, in one batch with acks from all in-sync replicas. */
  async sendPrepared(topicMessages: TopicMessages[]): Promise<void> {
    if (topicMessages.length === 0) return;
    await this.producer.sendBatch({ acks: -1, topicMessages });
  }
}

/** Serialises validated events into Kafka messages per topic, keeping their order within each topic. */
export function prepareTopicMessages(events: readonly ContractEvent[], topicName: TopicNaming): TopicMessages[] {
  const byTopic = new Map<string, Message[]>();
  for (const item of events) {
    const topic = topicName(item.contract.topic);
    const messages = byTopic.get(topic) ?? [];
    messages.push(toKafkaMessage(item));
    byTopic.set(topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
