import { createRemoteJWKSet, importSPKI, jwtVerify, type JWTVerifyGetKey, type KeyObject, type CryptoKey } from 'jose';
import type { AuthSettings } from './auth-settings.js';
import { isRole, type Principal } from './roles.js';

/** Why a token was refused; the answer is always 401, the reason goes to the log (never the token). */
export class InvalidToken extends Error {
  constructor(readonly reason: string) {
    super(`invalid token: ${reason}`);
    this.name = 'InvalidToken';
  }
}

export type TokenVerifier = (token: string) => Promise<Principal>;

const CLAIM = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Verifies a bearer JWT: signature with the configured key and pinned algorithms (so `none` and an
 * HS256 token signed with the public key are refused), issuer, audience, exp (required) and nbf
 * within the bounded skew, and the `sub`, `role` and `unit` claims.
 */
export async function createTokenVerifier(settings: AuthSettings): Promise<TokenVerifier> {
  const key = await verificationKey(settings);
  return async (token) => {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, key as JWTVerifyGetKey, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: [...settings.algorithms],
        clockTolerance: settings.clockSkewSeconds,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw new InvalidToken(error instanceof Error && 'code' in error ? String(error.code) : 'unverifiable');
    }
    const { sub, role, unit } = payload as { sub?: unknown; role?: unknown; unit?: unknown };
    if (typeof sub !== 'string' || !CLAIM.test(sub)) throw new InvalidToken('sub claim malformed');
    if (!isRole(role)) throw new InvalidToken('role claim missing or unknown');
    if (typeof unit !== 'string' || !CLAIM.test(unit)) throw new InvalidToken('unit claim missing or malformed');
    return { subject: sub, role, unitId: unit };
  };
}

async function verificationKey(settings: AuthSettings): Promise<JWTVerifyGetKey | KeyObject | CryptoKey> {
  if ('jwksUrl' in settings.key) return createRemoteJWKSet(new URL(settings.key.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
  const [algorithm] = settings.algorithms;
  if (settings.algorithms.length === 1) return importSPKI(settings.key.publicKeyPem, algorithm as string);
  // One PEM, several pinned algorithms: let jose pick per header among the pinned ones only.
  const pem = settings.key.publicKeyPem;
  const imported = new Map<string, Promise<CryptoKey | KeyObject>>();
  return (async (header: { alg?: string }) => {
    const alg = header.alg ?? '';
    if (!settings.algorithms.includes(alg as never)) throw new InvalidToken('algorithm not allowed');
    if (!imported.has(alg)) imported.set(alg, importSPKI(pem, alg));
    return imported.get(alg) as Promise<CryptoKey>;
  }) as unknown as JWTVerifyGetKey;
}
