import { activeTracer, contextFrom, inSpan } from '@linli/messaging';
import { context, ROOT_CONTEXT, SpanKind, trace, type Context, type Link } from '@opentelemetry/api';

/** What a projection span can learn its traces from: stored events (their metadata) or nothing. */
type Traced = { readonly metadata?: { readonly traceparent?: unknown; readonly tracestate?: unknown } };

/**
 * Runs a projection write in a `project <name>` span. Inside a consumer span (the Kafka feeds) it is
 * that span's child; a batch of stored events (the event-store runners) makes it a child of the
 * first event's trace context, linked to each event's, so every event's trace leads to the write
 * that applied it. With tracing off it only calls `fn`.
 */
export function withProjectionSpan<T>(name: string, events: readonly Traced[], fn: () => Promise<T>): Promise<T> {
  const tracer = activeTracer();
  if (!tracer) return fn();
  const links: Link[] = [];
  let first: Context | undefined;
  for (const event of events) {
    const stored = contextFrom(event.metadata);
    const spanContext = stored && trace.getSpanContext(stored);
    if (!spanContext) continue;
    first ??= stored;
    links.push({ context: spanContext });
  }
  const active = context.active();
  const parent = trace.getSpan(active) ? active : (first ?? ROOT_CONTEXT);
  return inSpan(tracer, `project ${name}`, { kind: SpanKind.INTERNAL, attributes: { 'linli.projection': name, 'linli.events': events.length }, links }, parent, () => fn());
}
