import type { IHeaders, Producer } from 'kafkajs';
import type { ParkRequest } from './parked-message.js';

/** The headers a dead-lettered message carries beside its original ones. */
export const DLQ_HEADERS = {
  error: 'dlq-error',
  attempts: 'dlq-attempts',
  reason: 'dlq-reason',
  group: 'dlq-group',
  topic: 'dlq-original-topic',
  partition: 'dlq-original-partition',
  offset: 'dlq-original-offset',
} as const;

/**
 * Copies parked messages to the group's dead-letter topic, same key and bytes, so the topic is a
 * complete, ordered record for operators and tools; retries read the PostgreSQL copy instead.
 */
export class DeadLetterTopic {
  constructor(
    private readonly producer: Producer,
    readonly topic: string,
  ) {}

  async send(request: ParkRequest): Promise<void> {
    const headers: IHeaders = {
      ...request.headers,
      [DLQ_HEADERS.error]: request.error,
      [DLQ_HEADERS.attempts]: String(request.attempts),
      [DLQ_HEADERS.reason]: request.reason,
      [DLQ_HEADERS.group]: request.groupId,
      [DLQ_HEADERS.topic]: request.topic,
      [DLQ_HEADERS.partition]: String(request.partition),
      [DLQ_HEADERS.offset]: request.offset,
    };
    await this.producer.send({ topic: this.topic, acks: -1, messages: [{ key: request.key, value: request.value, headers }] });
  }
}
