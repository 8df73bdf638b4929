import { ConfigError, LOG_LEVELS, RELAY_PRODUCERS, type ServiceConfig } from './service-config.js';
import { parseTracingConfig } from './tracing-config.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Parses and validates the environment; throws ConfigError naming the first bad variable. */
export function parseServiceConfig(env: Env, service: { name: string; defaultPort: number }): ServiceConfig {
  return {
    serviceName: service.name,
    port: parsePort(env, 'PORT', service.defaultPort),
    host: env['HOST'] ?? '0.0.0.0',
    databaseUrl: parseUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    kafkaBrokers: parseBrokers(env, 'KAFKA_BROKERS'),
    mongodbUri: parseUrl(env, 'MONGODB_URI', ['mongodb:', 'mongodb+srv:']),
    mongodbMaxPoolSize: parseInteger(env, 'MONGODB_MAX_POOL_SIZE', 10, 1, 500),
    logLevel: parseChoice(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    logFile: env['LOG_FILE']?.trim() || undefined,
    shutdownTimeoutMs: parseInteger(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    tracing: parseTracingConfig(env),
    relayProducer: parseChoice(env, 'RELAY_PRODUCER', RELAY_PRODUCERS, 'worker'),
  };
}

function required(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(name, 'is required but not set');
  return value;
}

function parseUrl(env: Env, name: string, protocols: string[]): string {
  const value = required(env, name);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, `must be a URL (${protocols.join(' or ')}//host…)`);
  }
  if (!protocols.includes(url.protocol)) throw new ConfigError(name, `must use ${protocols.join(' or ')} but uses ${url.protocol}`);
  if (!url.hostname) throw new ConfigError(name, 'must name a host');
  return value;
}

function parseBrokers(env: Env, name: string): string[] {
  const brokers = required(env, name).split(',').map((b) => b.trim()).filter(Boolean);
  for (const broker of brokers) {
    if (!/^[A-Za-z0-9.-]+:\d{1,5}$/.test(broker)) throw new ConfigError(name, `must be a comma-separated list of host:port, got "${broker}"`);
  }
  return brokers;
}

function parsePort(env: Env, name: string, fallback: number): number {
  return parseInteger(env, name, fallback, 1, 65_535);
}

/** An optional integer setting within [min, max]; `fallback` when unset. */
export function parseInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be an integer, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

/** An optional boolean setting (true/false, on/off, yes/no, 1/0); `fallback` when unset. */
export function parseOnOff(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'on', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'off', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

/** An optional setting that takes one of `choices`; `fallback` when unset. */
function parseChoice<Choice extends string>(env: Env, name: string, choices: readonly Choice[], fallback: Choice): Choice {
  const raw = env[name]?.trim() || fallback;
  if (!(choices as readonly string[]).includes(raw)) throw new ConfigError(name, `must be one of ${choices.join(', ')}`);
  return raw as Choice;
}
