import { AuthSettingsError, parseAuthSettings } from '../auth-settings.js';

const pem = '-----BEGIN PUBLIC KEY-----\nMFkw…\n-----END PUBLIC KEY-----';
const valid = { AUTH_ISSUER: 'https://sso.yugan.gov.cn', AUTH_AUDIENCE: 'linli', AUTH_PUBLIC_KEY: pem, AUTH_ROOT_UNIT: 'unit-yugan' };

function variableOf(env: Record<string, string | undefined>): string {
  try {
    parseAuthSettings(env);
  } catch (error) {
    if (error instanceof AuthSettingsError) return error.variable;
    throw error;
  }
  throw new Error('expected an AuthSettingsError');
}

describe('authentication settings', () => {
  it('pins ES256 with a 30 s clock skew unless told otherwise', () => {
    expect(parseAuthSettings(valid)).toMatchObject({ algorithms: ['ES256'], clockSkewSeconds: 30, rootUnitId: 'unit-yugan', key: { publicKeyPem: pem } });
  });

  it('takes a JWKS URL instead of a key (OIDC)', () => {
    expect(parseAuthSettings({ ...valid, AUTH_PUBLIC_KEY: undefined, AUTH_JWKS_URL: 'https://sso.yugan.gov.cn/jwks' }).key).toEqual({ jwksUrl: 'https://sso.yugan.gov.cn/jwks' });
  });

  it.each<[string, Record<string, string | undefined>, string]>([
    ['AUTH_PUBLIC_KEY', { ...valid, AUTH_PUBLIC_KEY: undefined }, 'there is no default key'],
    ['AUTH_ISSUER', { ...valid, AUTH_ISSUER: undefined }, 'required'],
    ['AUTH_AUDIENCE', { ...valid, AUTH_AUDIENCE: '' }, 'required'],
    ['AUTH_ROOT_UNIT', { ...valid, AUTH_ROOT_UNIT: undefined }, 'required'],
    ['AUTH_ALGORITHMS', { ...valid, AUTH_ALGORITHMS: 'HS256' }, 'HMAC'],
    ['AUTH_ALGORITHMS', { ...valid, AUTH_ALGORITHMS: 'none' }, 'none'],
    ['AUTH_CLOCK_SKEW_SECONDS', { ...valid, AUTH_CLOCK_SKEW_SECONDS: '3600' }, 'unbounded skew'],
    ['AUTH_PUBLIC_KEY', { ...valid, AUTH_PUBLIC_KEY: 'secret' }, 'a shared secret'],
    ['AUTH_JWKS_URL', { ...valid, AUTH_PUBLIC_KEY: undefined, AUTH_JWKS_URL: 'file:///etc/keys' }, 'a non-http JWKS'],
  ])('refuses a bad %s (%#: %s)', (variable, env) => {
    expect(variableOf(env)).toBe(variable);
  });
});
