import { DEV_ROOT_UNIT, devAuthEnvironment, generateDevKeyPair, signDevToken, type DevKeyPair, type DevTokenClaims } from '@linli/security';
import { parseSecurityConfig, type SecurityConfig } from '../security/security-config.js';

let pair: Promise<DevKeyPair> | undefined;

/** The key pair of this test process: services booted by the test kit trust it, test tokens are signed with it. */
export const testKeyPair = (): Promise<DevKeyPair> => (pair ??= generateDevKeyPair());

/** The caller the shared test helpers act as unless a test says otherwise: a county administrator at the root. */
export const DEFAULT_TEST_CLAIMS: DevTokenClaims = { subject: 'test-admin', role: 'county_admin', unitId: DEV_ROOT_UNIT };

/** A token signed with the test key pair (by default the county administrator at the root). */
export async function testToken(claims: Partial<DevTokenClaims> = {}): Promise<string> {
  return signDevToken((await testKeyPair()).privateKeyPem, { ...DEFAULT_TEST_CLAIMS, ...claims });
}

/** `{ authorization: 'Bearer …' }` for fetch. */
export async function authHeaders(claims: Partial<DevTokenClaims> = {}): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await testToken(claims)}` };
}

/**
 * The security configuration of a booted test service: trusts the test key pair, follows no tree
 * (root-scoped tokens reach everything; tests that need scopes feed the tree), generous rate limits
 * unless `env` sets them.
 */
export async function testSecurityConfig(env: Record<string, string | undefined>): Promise<SecurityConfig> {
  return parseSecurityConfig({ AUTH_TREE_FEED: 'off', RATE_LIMIT_PER_IP: '1000000', RATE_LIMIT_PER_CLIENT: '1000000', ...env, ...devAuthEnvironment(await testKeyPair()), AUTH_MODE: 'oidc' });
}
