import { ROOT_CONTEXT, SpanKind, trace, type Attributes, type Link } from '@opentelemetry/api';
import type { ContractEvent } from '@linli/contracts';
import type { BatchHandler, BatchItem, MessageContext, MessageHandler } from '../consumer/handler.js';
import { activeTracer, contextFrom, inSpan } from './trace-context.js';

type Where = Pick<MessageContext, 'groupId' | 'topic' | 'partition'> & Partial<Pick<MessageContext, 'offset' | 'attempt'>>;

/**
 * Runs a handler's work on one message in a `process <topic>` consumer span, child of the trace
 * context the CloudEvent carries (`traceparent`); a message without one, or with a malformed one,
 * starts a new trace. With tracing off it only calls `fn`.
 */
export function withConsumeSpan<T>(message: ContractEvent, where: Where, fn: () => Promise<T>): Promise<T> {
  const tracer = activeTracer();
  if (!tracer) return fn();
  const attributes: Attributes = {
    ...messagingAttributes(where),
    'messaging.message.id': message.event.id,
    'cloudevents.event_id': message.event.id,
    'cloudevents.event_type': message.event.type,
    ...(message.event.correlationid !== undefined && { 'linli.correlation_id': message.event.correlationid }),
    ...(where.offset !== undefined && { 'messaging.kafka.offset': Number(where.offset) }),
    ...(where.attempt !== undefined && { 'linli.attempt': where.attempt }),
  };
  return inSpan(tracer, `process ${where.topic}`, { kind: SpanKind.CONSUMER, attributes }, contextFrom(message.event) ?? ROOT_CONTEXT, () => fn());
}

/**
 * The span of a batch applied together: child of the first message's trace context, linked to
 * every message's (so each message's trace leads to it).
 */
export function withBatchConsumeSpan<T>(items: readonly BatchItem[], fn: () => Promise<T>): Promise<T> {
  const tracer = activeTracer();
  const first = items[0];
  if (!tracer || !first) return fn();
  const parents = items.map((item) => contextFrom(item.message.event));
  const links: Link[] = [];
  for (const parent of parents) {
    const spanContext = parent && trace.getSpanContext(parent);
    if (spanContext) links.push({ context: spanContext });
  }
  const attributes: Attributes = { ...messagingAttributes(first.context), 'messaging.batch.message_count': items.length };
  return inSpan(tracer, `process ${first.context.topic}`, { kind: SpanKind.CONSUMER, attributes, links }, parents.find((p) => p !== undefined) ?? ROOT_CONTEXT, () => fn());
}

/** A handler whose every try runs in a consumer span (see withConsumeSpan). */
export function traceHandler(handler: MessageHandler): MessageHandler {
  return (message, context) => withConsumeSpan(message, context, () => handler(message, context));
}

/** A batch handler whose every try runs in a consumer span (see withBatchConsumeSpan). */
export function traceBatchHandler(handler: BatchHandler): BatchHandler {
  return (items) => withBatchConsumeSpan(items, () => handler(items));
}

function messagingAttributes(where: Where): Attributes {
  return {
    'messaging.system': 'kafka',
    'messaging.operation.type': 'process',
    'messaging.destination.name': where.topic,
    'messaging.destination.partition.id': String(where.partition),
    'messaging.consumer.group.name': where.groupId,
  };
}
