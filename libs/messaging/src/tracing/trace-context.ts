import { AsyncLocalStorage } from 'node:async_hooks';
import { context, defaultTextMapSetter, ROOT_CONTEXT, SpanStatusCode, trace, type Context, type ContextManager, type Span, type SpanOptions, type TextMapGetter, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/**
 * W3C Trace Context as Linli carries it: in the stored event's metadata, as the CloudEvents
 * distributed-tracing extension (`traceparent`, `tracestate`), in Kafka and HTTP headers.
 */
export interface TraceCarrier {
  readonly traceparent?: string;
  readonly tracestate?: string;
}

let installed: Tracer | undefined;
let contextManagerSet = false;

/**
 * Turns tracing on in this process (the service kit does it when LINLI_TRACING=otlp; tests with an
 * in-memory exporter), or off with undefined. Until then every hook is a single undefined check.
 */
export function installTracer(tracer: Tracer | undefined): void {
  if (tracer && !contextManagerSet) contextManagerSet = context.setGlobalContextManager(new AsyncLocalContextManager());
  installed = tracer;
}

/** The tracer when tracing is on, else undefined (callers then skip all tracing work). */
export function activeTracer(): Tracer | undefined {
  return installed;
}

const w3c = new W3CTraceContextPropagator();
// Only strings count: a repeated HTTP header (an array) or a foreign non-string value is ignored.
const stringsOnly: TextMapGetter<Record<string, unknown>> = {
  get: (carrier, key) => (typeof carrier[key] === 'string' ? (carrier[key] as string) : undefined),
  keys: (carrier) => Object.keys(carrier),
};

/**
 * The remote parent a carrier (metadata, CloudEvent, headers) names, or undefined when it names
 * none or a malformed one: the span then starts a new trace, it never fails.
 */
export function contextFrom(carrier: { readonly traceparent?: unknown; readonly tracestate?: unknown } | Readonly<Record<string, unknown>> | undefined): Context | undefined {
  if (typeof carrier?.traceparent !== 'string') return undefined;
  const extracted = w3c.extract(ROOT_CONTEXT, carrier as Record<string, unknown>, stringsOnly);
  return trace.getSpanContext(extracted) ? extracted : undefined;
}

/** The span's context as `traceparent` (and `tracestate` when it has one). */
export function carrierOf(span: Span): TraceCarrier {
  const carrier: { traceparent?: string; tracestate?: string } = {};
  w3c.inject(trace.setSpan(ROOT_CONTEXT, span), carrier, defaultTextMapSetter);
  return carrier;
}

/**
 * Runs `fn` in a new span, child of `parent`, active while it runs. A failure sets the span's
 * status and `error.type` to the error's name only: error messages may quote personal data.
 */
export async function inSpan<T>(tracer: Tracer, name: string, options: SpanOptions, parent: Context, fn: (span: Span) => Promise<T>): Promise<T> {
  const span = tracer.startSpan(name, options, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => fn(span));
  } catch (error) {
    markFailed(span, error);
    throw error;
  } finally {
    span.end();
  }
}

/** Marks a span failed with the error's name (never its message). */
export function markFailed(span: Span, error: unknown): void {
  const type = error instanceof Error ? error.name : typeof error;
  span.setAttribute('error.type', type);
  span.setStatus({ code: SpanStatusCode.ERROR, message: type });
}

/** OpenTelemetry's context propagation on Node's AsyncLocalStorage (what the SDK's Node package does). */
class AsyncLocalContextManager implements ContextManager {
  private readonly storage = new AsyncLocalStorage<Context>();

  active(): Context {
    return this.storage.getStore() ?? ROOT_CONTEXT;
  }

  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(ctx: Context, fn: F, thisArg?: ThisParameterType<F>, ...args: A): ReturnType<F> {
    return this.storage.run(ctx, () => fn.apply(thisArg, args));
  }

  bind<T>(ctx: Context, target: T): T {
    if (typeof target !== 'function') return target;
    const run = (...args: unknown[]) => this.with(ctx, target as (...a: unknown[]) => unknown, undefined, ...args);
    return run as T;
  }

  enable(): this {
    return this;
  }

  disable(): this {
    this.storage.disable();
    return this;
  }
}
