import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_AUDIENCE, DEV_ISSUER, DEV_ROOT_UNIT, ensureDevKeyPair } from '@linli/security';
import { importSPKI, jwtVerify } from 'jose';

// authHeaders reads the dev key once per process, so each case loads a fresh copy of the module.
const freshAuthHeaders = async (keyDir: string) => {
  process.env['LINLI_AUTH_DEV_KEY_DIR'] = keyDir;
  const module = await import(`./http.js?case=${Math.random()}`);
  return module.authHeaders as typeof import('./http.js').authHeaders;
};

describe('the one place requests authenticate', () => {
  afterEach(() => delete process.env['LINLI_AUTH_DEV_KEY_DIR']);

  it('names the actor in X-Actor-* headers and sends no token when the services have no dev key', async () => {
    const authHeaders = await freshAuthHeaders(mkdtempSync(join(tmpdir(), 'seed-kit-')));
    expect(await authHeaders({ id: 'seed', role: 'branch_secretary', unit: 'rc-1' })).toEqual({ 'x-actor-id': 'seed', 'x-actor-role': 'branch_secretary', 'x-actor-unit': 'rc-1' });
  });

  it('signs a dev bearer token for the actor, scoped to the root, with the services’ dev key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-kit-'));
    const pair = await ensureDevKeyPair(dir);
    const authHeaders = await freshAuthHeaders(dir);
    const headers = await authHeaders({ id: 'assessor-1', role: 'assessor' });
    const token = headers['authorization']?.replace(/^Bearer /, '') ?? '';
    const { payload } = await jwtVerify(token, await importSPKI(pair.publicKeyPem, 'ES256'), { issuer: DEV_ISSUER, audience: DEV_AUDIENCE });
    expect(payload).toMatchObject({ sub: 'assessor-1', role: 'assessor', unit: DEV_ROOT_UNIT });
  });

  it('lets a role the security lib does not know act as county_admin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-kit-'));
    const pair = await ensureDevKeyPair(dir);
    const authHeaders = await freshAuthHeaders(dir);
    const token = (await authHeaders({ id: 'seed', role: 'working_committee_staff' }))['authorization']?.replace(/^Bearer /, '') ?? '';
    const { payload } = await jwtVerify(token, await importSPKI(pair.publicKeyPem, 'ES256'));
    expect(payload['role']).toBe('county_admin');
  });
});
