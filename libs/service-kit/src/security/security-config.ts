import { join } from 'node:path';
import { ORGANIZATIONS_TOPIC } from '@linli/contracts';
import { AuthSettingsError, DEV_AUDIENCE, DEV_ISSUER, DEV_ROOT_UNIT, ensureDevKeyPair, parseAuthSettings, type AuthSettings } from '@linli/security';
import { parseInteger as integer } from '../config/parse-config.js';
import { ConfigError } from '../config/service-config.js';

/** Authentication, abuse limits and CORS of a service, parsed once at start-up. */
export interface SecurityConfig {
  readonly auth: AuthSettings;
  readonly limits: HttpLimits;
  /** Origins allowed by CORS; empty = no cross-origin access. */
  readonly corsOrigins: readonly string[];
  /** Whether the service follows the organisation tree on Kafka (off: only root-scoped tokens reach anything). */
  readonly treeFeed: boolean;
  /** The topic the tree is read from: linli.organizations.v1 unless AUTH_TREE_TOPIC names a copy (isolated tests). */
  readonly treeTopic: string;
}

/** Abuse limits of the HTTP edge. */
export interface HttpLimits {
  readonly bodyLimitBytes: number;
  readonly requestTimeoutMs: number;
  readonly rateWindowMs: number;
  readonly ratePerIp: number;
  readonly ratePerClient: number;
  readonly maxPageSize: number;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Where `npm start` and the demo keep the local dev key pair (git-ignored). */
export const DEV_KEY_DIR = join(process.cwd(), '.linli', 'auth');

/**
 * Parses AUTH_*, HTTP_* and CORS_* variables; throws ConfigError naming the bad one. `AUTH_MODE=dev`
 * (refused when NODE_ENV=production) trusts the local dev key pair, created on first use.
 */
export async function parseSecurityConfig(env: Env): Promise<SecurityConfig> {
  return {
    auth: await parseAuth(env),
    limits: {
      bodyLimitBytes: integer(env, 'HTTP_BODY_LIMIT_BYTES', 1_048_576, 1_024, 50 * 1_048_576),
      requestTimeoutMs: integer(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000, 1_000, 600_000),
      rateWindowMs: integer(env, 'RATE_LIMIT_WINDOW_MS', 60_000, 1_000, 3_600_000),
      ratePerIp: integer(env, 'RATE_LIMIT_PER_IP', 600, 1, 1_000_000),
      ratePerClient: integer(env, 'RATE_LIMIT_PER_CLIENT', 300, 1, 1_000_000),
      maxPageSize: integer(env, 'HTTP_MAX_PAGE_SIZE', 100, 1, 10_000),
    },
    corsOrigins: origins(env, 'CORS_ALLOWED_ORIGINS'),
    treeFeed: oneOf(env, 'AUTH_TREE_FEED', ['kafka', 'off']) === 'kafka',
    treeTopic: topic(env, 'AUTH_TREE_TOPIC', ORGANIZATIONS_TOPIC),
  };
}

function oneOf(env: Env, name: string, values: readonly [string, ...string[]]): string {
  const value = env[name]?.trim() || values[0];
  if (!values.includes(value)) throw new ConfigError(name, `must be ${values.join(' or ')}, got "${value}"`);
  return value;
}

function topic(env: Env, name: string, fallback: string): string {
  const value = env[name]?.trim() || fallback;
  if (!/^[A-Za-z0-9._-]{1,249}$/.test(value)) throw new ConfigError(name, `must be a Kafka topic name (letters, digits, . _ -), got "${value}"`);
  return value;
}

async function parseAuth(env: Env): Promise<AuthSettings> {
  const mode = env['AUTH_MODE']?.trim() || 'oidc';
  if (mode !== 'oidc' && mode !== 'dev') throw new ConfigError('AUTH_MODE', 'must be oidc or dev');
  try {
    if (mode === 'oidc') return parseAuthSettings(env);
    if (env['NODE_ENV'] === 'production') throw new ConfigError('AUTH_MODE', 'dev is refused when NODE_ENV=production');
    const pair = await ensureDevKeyPair(env['AUTH_DEV_KEY_DIR']?.trim() || DEV_KEY_DIR);
    return parseAuthSettings({ AUTH_ISSUER: DEV_ISSUER, AUTH_AUDIENCE: DEV_AUDIENCE, AUTH_ROOT_UNIT: DEV_ROOT_UNIT, ...env, AUTH_PUBLIC_KEY: pair.publicKeyPem, AUTH_JWKS_URL: undefined, AUTH_ALGORITHMS: 'ES256' });
  } catch (error) {
    if (error instanceof AuthSettingsError) throw new ConfigError(error.variable, error.message.replace(`invalid configuration: ${error.variable} `, ''));
    throw error;
  }
}

function origins(env: Env, name: string): string[] {
  const list = (env[name] ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of list) if (!/^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/.test(origin)) throw new ConfigError(name, `must be a comma-separated list of http(s)://host[:port] origins, got "${origin}"`);
  return list;
}
