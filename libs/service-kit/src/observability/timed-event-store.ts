import type { AppendResult, EventStore, ExpectedRevision, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent, Subscription, SubscriptionHandler, SubscribeOptions } from '@linli/event-store';
import { activeTracer, carrierOf, inSpan } from '@linli/messaging';
import { context, SpanKind, type Tracer } from '@opentelemetry/api';
import { Histogram, type Registry } from 'prom-client';

/** `linli_event_store_append_duration_seconds{store,outcome}` on the service's registry. */
export function appendDurationHistogram(registry: Registry): Histogram<'store' | 'outcome'> {
  const existing = registry.getSingleMetric('linli_event_store_append_duration_seconds');
  if (existing) return existing as Histogram<'store' | 'outcome'>;
  return new Histogram({
    name: 'linli_event_store_append_duration_seconds',
    help: 'Event-store append latency (one call, all its events in one transaction), by adapter and outcome',
    labelNames: ['store', 'outcome'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
}

/**
 * Times every append of the store it wraps; with tracing on, each append is also an
 * `event-store append` span whose context is written into every event's metadata (`traceparent`,
 * `tracestate`), where the relay picks it up. Everything else passes straight through.
 */
export class TimedEventStore implements EventStore {
  constructor(private readonly inner: EventStore, private readonly histogram: Histogram<'store' | 'outcome'>, private readonly storeName: string) {}

  appendToStream(stream: string, events: readonly NewEvent[], options?: { expected?: ExpectedRevision }): Promise<AppendResult> {
    const tracer = activeTracer();
    return tracer ? this.tracedAppend(tracer, stream, events, options) : this.timedAppend(stream, events, options);
  }

  private tracedAppend(tracer: Tracer, stream: string, events: readonly NewEvent[], options?: { expected?: ExpectedRevision }): Promise<AppendResult> {
    // The stream's category only (`disputes.Dispute`): ids stay out of span names.
    const attributes = { 'db.system.name': this.storeName, 'db.operation.name': 'append', 'linli.stream.category': stream.split('-', 1)[0] as string, 'linli.events': events.length };
    return inSpan(tracer, 'event-store append', { kind: SpanKind.INTERNAL, attributes }, context.active(), async (span) => {
      const trace = carrierOf(span);
      const result = await this.timedAppend(stream, events.map((event) => ({ ...event, metadata: { ...event.metadata, ...trace } })), options);
      span.setAttribute('linli.event.position', String(result.position));
      return result;
    });
  }

  private async timedAppend(stream: string, events: readonly NewEvent[], options?: { expected?: ExpectedRevision }): Promise<AppendResult> {
    const end = this.histogram.startTimer({ store: this.storeName });
    try {
      const result = await this.inner.appendToStream(stream, events, options);
      end({ outcome: 'ok' });
      return result;
    } catch (error) {
      end({ outcome: (error as Error).name === 'WrongExpectedRevision' ? 'conflict' : 'error' });
      throw error;
    }
  }

  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.inner.readStream(stream, options);
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.inner.readAll(options);
  }

  subscribeToAll(handler: SubscriptionHandler, options?: SubscribeOptions): Subscription {
    return this.inner.subscribeToAll(handler, options);
  }

  headPosition(): Promise<bigint> {
    return this.inner.headPosition();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
