import { createHmac } from 'node:crypto';
import { exportSPKI, generateKeyPair, importPKCS8, SignJWT } from 'jose';
import { parseAuthSettings } from '../auth-settings.js';
import { DEV_AUDIENCE, DEV_ISSUER, devAuthEnvironment, generateDevKeyPair, signDevToken, type DevKeyPair } from '../dev-keys.js';
import { createTokenVerifier, InvalidToken, type TokenVerifier } from '../token-verifier.js';

const b64 = (value: object | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
const claims = (extra: object = {}) => ({ sub: 'staff-1', role: 'branch_secretary', unit: 'unit-a', iss: DEV_ISSUER, aud: DEV_AUDIENCE, iat: now(), exp: now() + 600, ...extra });

describe('verifying bearer tokens', () => {
  let pair: DevKeyPair;
  let verify: TokenVerifier;
  const sign = async (payload: object, alg = 'ES256') => new SignJWT(payload as never).setProtectedHeader({ alg }).sign(await importPKCS8(pair.privateKeyPem, alg));
  const refusal = async (token: string) => verify(token).then(() => 'accepted', (error: unknown) => (error instanceof InvalidToken ? 'refused' : `crashed: ${String(error)}`));

  beforeAll(async () => {
    pair = await generateDevKeyPair();
    verify = await createTokenVerifier(parseAuthSettings({ ...devAuthEnvironment(pair), AUTH_CLOCK_SKEW_SECONDS: '30' }));
  });

  it('accepts a token signed with the configured key and reads who, which role and which unit', async () => {
    const token = await signDevToken(pair.privateKeyPem, { subject: 'staff-1', role: 'mediator', unitId: 'unit-a' });
    await expect(verify(token)).resolves.toEqual({ subject: 'staff-1', role: 'mediator', unitId: 'unit-a' });
  });

  it('refuses an unsigned token (alg none)', async () => {
    expect(await refusal(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`)).toBe('refused');
  });

  it('refuses an HS256 token signed with the public key as the HMAC secret (algorithm confusion)', async () => {
    const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims())}`;
    const signature = createHmac('sha256', pair.publicKeyPem).update(head).digest('base64url');
    expect(await refusal(`${head}.${signature}`)).toBe('refused');
  });

  it('refuses a token in an algorithm that is not pinned (RS256 with a key of its own)', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    expect(await refusal(await new SignJWT(claims()).setProtectedHeader({ alg: 'RS256' }).sign(privateKey))).toBe('refused');
  });

  it('refuses a token signed by another key of the pinned algorithm', async () => {
    const stranger = await generateDevKeyPair();
    expect(await refusal(await signDevToken(stranger.privateKeyPem, { subject: 's', role: 'auditor', unitId: 'u' }))).toBe('refused');
  });

  it('refuses a tampered payload (the signature no longer matches)', async () => {
    const [head, , signature] = (await sign(claims())).split('.');
    expect(await refusal(`${head}.${b64(claims({ role: 'county_admin', unit: 'root' }))}.${signature}`)).toBe('refused');
  });

  it.each([
    ['expired beyond the clock skew', { exp: now() - 31 }],
    ['not valid before a time beyond the clock skew', { nbf: now() + 120 }],
    ['from another issuer', { iss: 'https://evil.example' }],
    ['for another audience', { aud: 'other-api' }],
    ['without a subject', { sub: undefined }],
    ['without an expiry', { exp: undefined }],
    ['without a role', { role: undefined }],
    ['with a role that does not exist', { role: 'superuser' }],
    ['without a unit', { unit: undefined }],
  ])('refuses a token %s', async (_case, extra) => {
    expect(await refusal(await sign(claims(extra)))).toBe('refused');
  });

  it('tolerates a clock that is a few seconds off (within the configured skew)', async () => {
    expect(await refusal(await sign(claims({ exp: now() - 5, nbf: now() + 5 })))).toBe('accepted');
  });

  it('verifies with a public key given as PEM for several pinned algorithms, each with its own key type', async () => {
    const rsa = await generateKeyPair('RS256', { extractable: true });
    const multi = await createTokenVerifier(parseAuthSettings({ ...devAuthEnvironment(pair), AUTH_PUBLIC_KEY: await exportSPKI(rsa.publicKey), AUTH_ALGORITHMS: 'RS256,PS256' }));
    const token = await new SignJWT(claims()).setProtectedHeader({ alg: 'RS256' }).sign(rsa.privateKey);
    await expect(multi(token)).resolves.toMatchObject({ subject: 'staff-1' });
    await expect(multi(await sign(claims()))).rejects.toBeInstanceOf(InvalidToken);
  });
});
