import { ConfigError } from './service-config.js';

/** Where spans go: nowhere (the default, no-op) or an OTLP/HTTP collector. */
export type TracingConfig =
  | { readonly exporter: 'off' }
  | {
      readonly exporter: 'otlp';
      /** Where spans are POSTed (OTLP/HTTP JSON). */
      readonly url: string;
      /** Fraction of new traces recorded (0–1); a trace started upstream keeps its caller's decision. */
      readonly sampleRatio: number;
    };

type Env = Readonly<Record<string, string | undefined>>;

const ENDPOINT_VARIABLES = ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'OTEL_EXPORTER_OTLP_ENDPOINT'] as const;
const PROTOCOL_VARIABLES = ['OTEL_EXPORTER_OTLP_TRACES_PROTOCOL', 'OTEL_EXPORTER_OTLP_PROTOCOL'] as const;
const RATIO_SAMPLERS = new Set(['parentbased_traceidratio', 'traceidratio']);
const FIXED_SAMPLERS: Readonly<Record<string, number>> = { parentbased_always_on: 1, always_on: 1, parentbased_always_off: 0, always_off: 0 };

/**
 * Tracing is off unless asked for: `LINLI_TRACING=otlp|off` when set, else the standard switches
 * (`OTEL_SDK_DISABLED` not `true` and `OTEL_TRACES_EXPORTER=otlp`, as the k8s ConfigMaps set them).
 * On, spans go to `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` as it is, else to
 * `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces` (default http://localhost:4318/v1/traces); the
 * exporter itself reads `OTEL_EXPORTER_OTLP_HEADERS`. Endpoints, protocol and
 * `OTEL_TRACES_SAMPLER[_ARG]` are checked here, so a bad one stops the service at start-up instead
 * of losing spans quietly.
 */
export function parseTracingConfig(env: Env): TracingConfig {
  if (!tracingWanted(env)) return { exporter: 'off' };
  const [traces, base] = ENDPOINT_VARIABLES.map((name) => endpoint(env, name));
  for (const name of PROTOCOL_VARIABLES) checkProtocol(env, name);
  const url = traces ?? `${(base ?? 'http://localhost:4318').replace(/\/+$/, '')}/v1/traces`;
  return { exporter: 'otlp', url, sampleRatio: parseSampler(env) };
}

function tracingWanted(env: Env): boolean {
  const linli = env['LINLI_TRACING']?.trim().toLowerCase();
  if (linli) {
    if (linli !== 'otlp' && linli !== 'off') throw new ConfigError('LINLI_TRACING', `must be otlp or off, got "${linli}"`);
    return linli === 'otlp';
  }
  if (env['OTEL_SDK_DISABLED']?.trim().toLowerCase() === 'true') return false;
  const exporter = env['OTEL_TRACES_EXPORTER']?.trim().toLowerCase() || 'none';
  if (exporter !== 'otlp' && exporter !== 'none') throw new ConfigError('OTEL_TRACES_EXPORTER', `must be otlp or none (OTLP over HTTP is the exporter built in), got "${exporter}"`);
  return exporter === 'otlp';
}

function endpoint(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be an http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(name, `must use http: or https: (OTLP over HTTP) but uses ${url.protocol}`);
  return raw;
}

function checkProtocol(env: Env, name: string): void {
  const raw = env[name]?.trim();
  if (raw && raw !== 'http/json') throw new ConfigError(name, `must be http/json (the built-in exporter sends OTLP as JSON over HTTP), got "${raw}"`);
}

/** Every sampler keeps the caller's decision for a trace started upstream (parent-based). */
function parseSampler(env: Env): number {
  const sampler = env['OTEL_TRACES_SAMPLER']?.trim().toLowerCase() || 'parentbased_always_on';
  if (Object.hasOwn(FIXED_SAMPLERS, sampler)) return FIXED_SAMPLERS[sampler] as number;
  if (!RATIO_SAMPLERS.has(sampler)) throw new ConfigError('OTEL_TRACES_SAMPLER', `must be one of parentbased_traceidratio, parentbased_always_on, parentbased_always_off (or the same without parentbased_), got "${sampler}"`);
  const raw = env['OTEL_TRACES_SAMPLER_ARG']?.trim();
  if (!raw) return 1;
  const ratio = Number(raw);
  if (!/^\d*\.?\d+$/.test(raw) || !(ratio >= 0 && ratio <= 1)) throw new ConfigError('OTEL_TRACES_SAMPLER_ARG', `must be a number between 0 and 1, got "${raw}"`);
  return ratio;
}
