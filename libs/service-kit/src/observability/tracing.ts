import { installTracer } from '@linli/messaging';
import { diag, DiagLogLevel, type Tracer } from '@opentelemetry/api';
import type { Logger } from 'pino';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { TracingConfig } from '../config/tracing-config.js';

/** Tracing switched on in this process. */
export interface Tracing {
  readonly tracer: Tracer;
  /**
   * Turns tracing off and exports what is still buffered, waiting at most `maxWaitMs` (a collector
   * that does not answer must not eat the shutdown grace period); never rejects.
   */
  shutdown(maxWaitMs?: number): Promise<void>;
}

/**
 * Installs a tracer that hands its spans to `processor` (tests pass an in-memory exporter's). The
 * kit's hooks (HTTP, append, relay, consumers) then record spans; W3C trace context flows through
 * event metadata, CloudEvents and Kafka headers either way.
 */
export function startTracing(serviceName: string, processor: SpanProcessor, sampleRatio = 1): Tracing {
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(sampleRatio) }),
    spanProcessors: [processor],
  });
  const tracer = provider.getTracer('@linli/service-kit');
  installTracer(tracer);
  return {
    tracer,
    shutdown: async (maxWaitMs = 2_000) => {
      installTracer(undefined);
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)));
      await Promise.race([provider.shutdown().catch(() => undefined), gaveUp]);
      clearTimeout(timer);
    },
  };
}

/**
 * Tracing as configured (LINLI_TRACING or the OTEL_* switches): undefined when off, so nothing is
 * installed. The SDK's own warnings (a collector that refuses or does not answer: spans dropped)
 * go to the service log, or an operator would see no traces and no reason.
 */
export function tracingFor(serviceName: string, config: TracingConfig, logger: Logger): Tracing | undefined {
  if (config.exporter === 'off') return undefined;
  const quiet = () => undefined;
  diag.setLogger({ error: (message) => logger.warn({ component: 'opentelemetry' }, message), warn: (message) => logger.warn({ component: 'opentelemetry' }, message), info: quiet, debug: quiet, verbose: quiet }, DiagLogLevel.WARN);
  const { origin, pathname } = new URL(config.url); // no credentials a URL may carry
  logger.info({ endpoint: `${origin}${pathname}`, sampleRatio: config.sampleRatio }, 'tracing on: exporting spans over OTLP/HTTP');
  return startTracing(serviceName, new BatchSpanProcessor(new OTLPTraceExporter({ url: config.url })), config.sampleRatio);
}
