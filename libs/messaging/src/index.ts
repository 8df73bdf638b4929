// The Kafka backbone: the relay (the event log is the outbox), the consumer framework (validation,
// idempotency, retries, sequenced dead letters), operator actions on dead letters, lag and metrics.
export { retryingRetriable } from './kafka/retriable.js';
export { ensureTopics, waitForLeaders, deadLetterTopicOf, sameTopicName, topicSpecsFor, type TopicNaming, type TopicSpec } from './kafka/topics.js';
export { kafkaLogCreator, type LoggerLike } from './kafka/kafka-logger.js';
export { CloudEventPublisher, createReliableProducer, toKafkaMessage } from './kafka/cloud-event-publisher.js';
export { inThreadProducer, type RelayProducer } from './kafka/relay-producer.js';
export { ProducerThreadError, producerThreadsRunning, workerProducer, type KafkaClientConfig } from './kafka/worker-producer.js';
export { ensureMessagingTables, messagingTables, type MessagingTables } from './postgres/messaging-tables.js';
export { PostgresCheckpointStore, type CheckpointStore } from './relay/checkpoint-store.js';
export { startRelay, type Relay, type RelayOptions } from './relay/relay.js';
export { startConsumer, type ConsumerOptions, type PartitionProgress, type RunningConsumer } from './consumer/consumer.js';
export { PermanentFailure, type BatchHandler, type BatchItem, type MessageContext, type MessageHandler } from './consumer/handler.js';
export { isDependencyUnavailable } from './consumer/unavailable.js';
export { PostgresInbox } from './consumer/inbox.js';
export type { MessageOutcome } from './consumer/message-pipeline.js';
export { DEFAULT_RETRY, type RetryOutcome, type RetryPolicy } from './consumer/retry.js';
export { ConsumerGroupNotHere, DeadLetters, ParkedMessageNotFound, type RetryResult, type RetryTarget } from './dead-letters/dead-letters.js';
export { DLQ_HEADERS } from './dead-letters/dead-letter-topic.js';
export { deadLettersStream, type DeadLetterRetried, type DeadLetterSkipped } from './dead-letters/operator-events.js';
export type { ParkedMessage, ParkReason } from './dead-letters/parked-message.js';
export { ParkedStore } from './dead-letters/parked-store.js';
export { personalDataSealer, type ParkedSealer } from './dead-letters/parked-sealer.js';
export { KeyBusy } from './dead-letters/retry-lock.js';
export { consumerLag, totalLag, type PartitionLag } from './lag/consumer-lag.js';
export { registerMessagingMetrics, type LaggingGroup, type LagSource, type MessagingMetricsSources } from './metrics/messaging-metrics.js';
export { activeTracer, carrierOf, contextFrom, inSpan, installTracer, markFailed, type TraceCarrier } from './tracing/trace-context.js';
export { traceBatchHandler, traceHandler, withBatchConsumeSpan, withConsumeSpan } from './tracing/consume-span.js';
