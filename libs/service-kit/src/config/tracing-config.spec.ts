import { parseServiceConfig } from './parse-config.js';
import { ConfigError } from './service-config.js';
import { parseTracingConfig } from './tracing-config.js';

function errorFor(env: Record<string, string>): ConfigError {
  try {
    parseTracingConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

// What the k8s base ConfigMap sets (tracing off) and what docs/operations.md says to merge in to turn it on.
const k8sBase = { OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' };
const k8sOn = { OTEL_SDK_DISABLED: 'false', OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector.monitoring:4318', OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.1' };

describe('tracing configuration', () => {
  it('is off unless asked for, and a service config carries it', () => {
    expect(parseTracingConfig({})).toEqual({ exporter: 'off' });
    expect(parseTracingConfig(k8sBase)).toEqual({ exporter: 'off' });
    expect(parseTracingConfig({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'true' })).toEqual({ exporter: 'off' });
    const env = { DATABASE_URL: 'postgres://h/db', KAFKA_BROKERS: 'h:9092', MONGODB_URI: 'mongodb://h/db', LINLI_TRACING: 'otlp' };
    expect(parseServiceConfig(env, { name: 'ratings', defaultPort: 3004 }).tracing).toEqual({ exporter: 'otlp', url: 'http://localhost:4318/v1/traces', sampleRatio: 1 });
  });

  it('turns on with the standard OpenTelemetry variables, sampling new traces by ratio', () => {
    expect(parseTracingConfig(k8sOn)).toEqual({ exporter: 'otlp', url: 'http://otel-collector.monitoring:4318/v1/traces', sampleRatio: 0.1 });
    expect(parseTracingConfig({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_TRACES_SAMPLER: 'parentbased_always_off' })).toMatchObject({ exporter: 'otlp', sampleRatio: 0 });
  });

  it('sends to the traces endpoint as given, or to /v1/traces under the base endpoint', () => {
    expect(parseTracingConfig({ ...k8sOn, OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otlp.example.cn/' })).toMatchObject({ url: 'https://otlp.example.cn/v1/traces' });
    expect(parseTracingConfig({ ...k8sOn, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://otlp.example.cn/custom' })).toMatchObject({ url: 'https://otlp.example.cn/custom' });
  });

  it('lets LINLI_TRACING decide over the standard switches, either way', () => {
    expect(parseTracingConfig({ ...k8sBase, LINLI_TRACING: 'OTLP' })).toMatchObject({ exporter: 'otlp', sampleRatio: 1 });
    expect(parseTracingConfig({ ...k8sOn, LINLI_TRACING: 'off' })).toEqual({ exporter: 'off' });
  });

  it('checks nothing else while off', () => {
    expect(parseTracingConfig({ LINLI_TRACING: 'off', OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toEqual({ exporter: 'off' });
  });

  it('names the variable and the rule when a value is wrong', () => {
    expect(errorFor({ LINLI_TRACING: 'jaeger' })).toMatchObject({ variable: 'LINLI_TRACING', message: expect.stringContaining('must be otlp or off') });
    expect(errorFor({ OTEL_TRACES_EXPORTER: 'zipkin' })).toMatchObject({ variable: 'OTEL_TRACES_EXPORTER' });
    expect(errorFor({ LINLI_TRACING: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toMatchObject({ variable: 'OTEL_EXPORTER_OTLP_ENDPOINT' });
    expect(errorFor({ LINLI_TRACING: 'otlp', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'grpc://collector:4317' })).toMatchObject({ variable: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', message: expect.stringContaining('OTLP over HTTP') });
    expect(errorFor({ LINLI_TRACING: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf' })).toMatchObject({ variable: 'OTEL_EXPORTER_OTLP_PROTOCOL', message: expect.stringContaining('http/json') });
    expect(errorFor({ LINLI_TRACING: 'otlp', OTEL_TRACES_SAMPLER: 'jaeger_remote' })).toMatchObject({ variable: 'OTEL_TRACES_SAMPLER' });
    expect(errorFor({ ...k8sOn, OTEL_TRACES_SAMPLER_ARG: '1.5' })).toMatchObject({ variable: 'OTEL_TRACES_SAMPLER_ARG', message: expect.stringContaining('between 0 and 1') });
    expect(errorFor({ ...k8sOn, OTEL_TRACES_SAMPLER_ARG: 'half' })).toMatchObject({ variable: 'OTEL_TRACES_SAMPLER_ARG' });
  });
});
