import { SpanKind, type Span, type Tracer } from '@opentelemetry/api';
import { publish, type ContractEvent, type Gateway } from '@linli/contracts';
import type { RecordedEvent } from '@linli/event-store';
import { carrierOf, contextFrom, markFailed } from '../tracing/trace-context.js';

/** A relay batch mapped with tracing on: its public events and the publish spans still open. */
export interface TracedBatch {
  readonly events: ContractEvent[];
  readonly spans: Span[];
}

/**
 * Maps a batch like the relay does, and gives each public event whose stored metadata carries a
 * trace context a `publish <topic>` producer span, child of that context. The CloudEvent then
 * carries the publish span's `traceparent` (so consumers continue the trace from it). Events
 * stored without trace context keep none and get no span.
 */
export function publishTraced(tracer: Tracer, relay: string, gateway: Gateway, batch: readonly RecordedEvent[]): TracedBatch {
  const events: ContractEvent[] = [];
  const spans: Span[] = [];
  try {
    for (const stored of batch) traceOne(tracer, relay, gateway, stored, events, spans);
  } catch (error) {
    // A payload that breaks its contract ends the relay: the spans begun for this batch end with it.
    void endWhenSent(Promise.reject(error), spans).catch(() => undefined);
    throw error;
  }
  return { events, spans };
}

/** Maps one stored event; a traced one gets its publish span and carries its context. */
function traceOne(tracer: Tracer, relay: string, gateway: Gateway, stored: RecordedEvent, events: ContractEvent[], spans: Span[]): void {
  const published = publish(gateway, stored);
  if (published === null) return;
  const parent = contextFrom(stored.metadata);
  if (!parent) {
    events.push(published);
    return;
  }
  const { contract, event } = published;
  const span = tracer.startSpan(
    `publish ${contract.topic}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'send',
        'messaging.destination.name': contract.topic,
        'messaging.message.id': event.id,
        'cloudevents.event_id': event.id,
        'cloudevents.event_type': event.type,
        'linli.relay': relay,
        'linli.event.position': stored.globalPosition.toString(),
      },
    },
    parent,
  );
  spans.push(span);
  const { traceparent: _stored, tracestate: _storedState, ...rest } = event;
  events.push({ contract, event: { ...rest, ...carrierOf(span) } });
}

/** Ends the spans when the broker acknowledged their batch (or refused it). */
export async function endWhenSent(sent: Promise<void>, spans: readonly Span[] | undefined): Promise<void> {
  if (!spans) return sent;
  try {
    await sent;
  } catch (error) {
    for (const span of spans) markFailed(span, error);
    throw error;
  } finally {
    for (const span of spans) span.end();
  }
}
