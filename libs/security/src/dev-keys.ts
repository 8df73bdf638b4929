import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, SignJWT } from 'jose';
import type { Role } from './roles.js';

/** Issuer and audience of dev tokens (`npm start`, the demo, the tests): never accepted in production config by default. */
export const DEV_ISSUER = 'linli-dev';
export const DEV_AUDIENCE = 'linli';
export const DEV_ROOT_UNIT = 'root';
const ALGORITHM = 'ES256';

/** A dev signing key pair as PEM text. */
export interface DevKeyPair {
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
}

/** A fresh ES256 key pair (tests keep theirs in memory). */
export async function generateDevKeyPair(): Promise<DevKeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  return { privateKeyPem: await exportPKCS8(privateKey), publicKeyPem: await exportSPKI(publicKey) };
}

/** The local dev key pair under `<dir>` (the git-ignored `.linli/auth/`), created on first use. */
export async function ensureDevKeyPair(dir: string): Promise<DevKeyPair> {
  const privatePath = join(dir, 'dev-private.pem');
  const publicPath = join(dir, 'dev-public.pem');
  if (existsSync(privatePath) && existsSync(publicPath)) return { privateKeyPem: readFileSync(privatePath, 'utf8'), publicKeyPem: readFileSync(publicPath, 'utf8') };
  const pair = await generateDevKeyPair();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(privatePath, pair.privateKeyPem, { mode: 0o600 });
  writeFileSync(publicPath, pair.publicKeyPem, { mode: 0o644 });
  return pair;
}

/** What a dev token says: who, which role, which unit, for how long. */
export interface DevTokenClaims {
  readonly subject: string;
  readonly role: Role;
  readonly unitId: string;
  readonly ttlSeconds?: number;
}

/** Signs a dev token with the dev private key (ES256, dev issuer and audience). */
export async function signDevToken(privateKeyPem: string, claims: DevTokenClaims): Promise<string> {
  const key = await importPKCS8(privateKeyPem, ALGORITHM);
  return new SignJWT({ role: claims.role, unit: claims.unitId })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${claims.ttlSeconds ?? 3600}s`)
    .sign(key);
}

/** The AUTH_* environment that makes a service accept dev tokens signed with this pair. */
export function devAuthEnvironment(pair: DevKeyPair): Record<string, string> {
  return { AUTH_ISSUER: DEV_ISSUER, AUTH_AUDIENCE: DEV_AUDIENCE, AUTH_PUBLIC_KEY: pair.publicKeyPem, AUTH_ALGORITHMS: ALGORITHM, AUTH_ROOT_UNIT: DEV_ROOT_UNIT };
}
