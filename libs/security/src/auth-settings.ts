/** Asymmetric algorithms a deployment may pin; HMAC (HS*) and `none` can never be configured. */
export const ASYMMETRIC_ALGORITHMS = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA'] as const;
export type AsymmetricAlgorithm = (typeof ASYMMETRIC_ALGORITHMS)[number];

/** How tokens are verified: parsed once from the environment (see the README configuration table). */
export interface AuthSettings {
  readonly issuer: string;
  readonly audience: string;
  readonly algorithms: readonly AsymmetricAlgorithm[];
  /** Where the verification keys come from: a JWKS URL (OIDC) or one SPKI PEM public key. */
  readonly key: { readonly jwksUrl: string } | { readonly publicKeyPem: string };
  readonly clockSkewSeconds: number;
  /** The root of the organisation tree: a token scoped to it reaches every unit and community. */
  readonly rootUnitId: string;
}

/** Raised for a missing or malformed auth variable; names it (service-kit turns it into a ConfigError). */
export class AuthSettingsError extends Error {
  constructor(readonly variable: string, rule: string) {
    super(`invalid configuration: ${variable} ${rule}`);
    this.name = 'AuthSettingsError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Parses AUTH_* variables. There is no default key: without AUTH_JWKS_URL or AUTH_PUBLIC_KEY the
 * service refuses to start (dev mode supplies the key from `.linli/auth/`, see dev-keys.ts).
 */
export function parseAuthSettings(env: Env): AuthSettings {
  const issuer = required(env, 'AUTH_ISSUER');
  const audience = required(env, 'AUTH_AUDIENCE');
  const jwksUrl = env['AUTH_JWKS_URL']?.trim();
  const publicKeyPem = env['AUTH_PUBLIC_KEY']?.trim();
  if (!jwksUrl && !publicKeyPem) throw new AuthSettingsError('AUTH_PUBLIC_KEY', 'or AUTH_JWKS_URL is required (there is no default key)');
  if (jwksUrl && !/^https?:\/\//.test(jwksUrl)) throw new AuthSettingsError('AUTH_JWKS_URL', 'must be an http(s) URL');
  if (publicKeyPem && !publicKeyPem.includes('-----BEGIN PUBLIC KEY-----')) throw new AuthSettingsError('AUTH_PUBLIC_KEY', 'must be an SPKI PEM public key (-----BEGIN PUBLIC KEY-----)');
  return {
    issuer,
    audience,
    algorithms: parseAlgorithms(env['AUTH_ALGORITHMS']),
    key: jwksUrl ? { jwksUrl } : { publicKeyPem: publicKeyPem as string },
    clockSkewSeconds: parseSkew(env['AUTH_CLOCK_SKEW_SECONDS']),
    rootUnitId: required(env, 'AUTH_ROOT_UNIT'),
  };
}

function required(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new AuthSettingsError(name, 'is required but not set');
  return value;
}

function parseAlgorithms(raw: string | undefined): AsymmetricAlgorithm[] {
  const names = (raw?.trim() || 'ES256').split(',').map((a) => a.trim()).filter(Boolean);
  for (const name of names) {
    if (!(ASYMMETRIC_ALGORITHMS as readonly string[]).includes(name)) throw new AuthSettingsError('AUTH_ALGORITHMS', `must list only ${ASYMMETRIC_ALGORITHMS.join(', ')} (got "${name}")`);
  }
  return names as AsymmetricAlgorithm[];
}

function parseSkew(raw: string | undefined): number {
  if (!raw?.trim()) return 30;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) > 300) throw new AuthSettingsError('AUTH_CLOCK_SKEW_SECONDS', 'must be an integer between 0 and 300');
  return Number(raw);
}
