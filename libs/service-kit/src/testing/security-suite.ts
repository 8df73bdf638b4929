import { createHmac, randomUUID } from 'node:crypto';
import { DEV_AUDIENCE, DEV_ISSUER, DEV_ROOT_UNIT, isPublicPath, ROLES, ruleFor, type Role } from '@linli/security';
import { importPKCS8, SignJWT } from 'jose';
import type { ServiceDefinition } from '../bootstrap.js';
import { bootService, waitForStatus, type BootedService } from './boot-service.js';
import { authHeaders, testKeyPair } from './test-tokens.js';

/** What the suite needs to know of a service beyond its definition. */
export interface SecuritySuiteOptions {
  /** Boots the service with extra environment (default: the kit's bootService). */
  readonly boot?: (env: Record<string, string>) => Promise<BootedService>;
  /** A command route and a body it accepts (valid, so that only an added field can make it fail). */
  readonly command: { readonly path: string; readonly body: () => Record<string, unknown> };
  /** A list route that takes `limit` (page size). */
  readonly list: string;
}

interface OpenApi {
  paths: Record<string, Record<string, unknown>>;
}

const BODY_LIMIT = 65_536;
const PER_CLIENT = 25;
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/**
 * What every service must do at its edge (issue #10): refuse bad tokens with 401, answer every
 * route × role as the matrix declares, refuse unknown and privileged fields, cap bodies, pages and
 * rates, and send security headers. The service boots with the test key pair.
 */
export function securitySuite(definition: ServiceDefinition, options: SecuritySuiteOptions): void {
  describe(`the ${definition.name} service's edge security`, () => {
    let service: BootedService;
    const call = async (method: string, path: string, headers: Record<string, string>, body?: string) => {
      const response = await fetch(`${service.url}${path}`, { method, headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { body } : {}) });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
    };
    const as = (role: Role, unitId = DEV_ROOT_UNIT) => authHeaders({ subject: `suite-${randomUUID()}`, role, unitId });

    beforeAll(async () => {
      const env = { HTTP_BODY_LIMIT_BYTES: String(BODY_LIMIT), RATE_LIMIT_PER_CLIENT: String(PER_CLIENT), RATE_LIMIT_WINDOW_MS: '3600000', CORS_ALLOWED_ORIGINS: 'https://portal.yugan.example' };
      service = await (options.boot ?? ((extra) => bootService(definition, extra)))(env);
      await waitForStatus(`${service.url}/health/ready`, 200);
    });
    // Closing waits for the read models to stop, which a busy shared MongoDB server can hold up.
    afterAll(() => service?.close(), 240_000);

    describe('authentication', () => {
      const claims = (extra: object = {}) => ({ sub: 'suite-user', role: 'county_admin', unit: DEV_ROOT_UNIT, iss: DEV_ISSUER, aud: DEV_AUDIENCE, exp: now() + 600, ...extra });
      const signed = async (payload: object) => new SignJWT(payload as never).setProtectedHeader({ alg: 'ES256' }).sign(await importPKCS8((await testKeyPair()).privateKeyPem, 'ES256'));
      const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

      it('lets a valid token through (the baseline the refusals below are measured against)', async () => {
        expect((await call('GET', options.list, bearer(await signed(claims())))).status).toBe(200);
      });

      it.each([
        ['no token', async () => ({})],
        ['a scheme other than Bearer', async () => ({ authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` })],
        ['alg none', async () => bearer(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`)],
        ['HS256 signed with the public key', async () => {
          const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims())}`;
          return bearer(`${head}.${createHmac('sha256', (await testKeyPair()).publicKeyPem).update(head).digest('base64url')}`);
        }],
        ['an expired token', async () => bearer(await signed(claims({ exp: now() - 120 })))],
        ['a token not valid yet (nbf)', async () => bearer(await signed(claims({ nbf: now() + 600 })))],
        ['a wrong issuer', async () => bearer(await signed(claims({ iss: 'https://evil.example' })))],
        ['a wrong audience', async () => bearer(await signed(claims({ aud: 'another-api' })))],
        ['a tampered signature', async () => {
          const [head, payload, signature] = (await signed(claims())).split('.') as [string, string, string];
          return bearer(`${head}.${payload}.${signature.slice(0, -4)}${signature.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`);
        }],
        ['no subject', async () => bearer(await signed(claims({ sub: undefined })))],
      ])('answers 401 to %s, without saying more', async (_case, headers) => {
        const answer = await call('GET', options.list, await headers());
        expect(answer.status).toBe(401);
        expect(answer.body).toEqual({ statusCode: 401, error: 'Unauthorized', code: 'Unauthorized', message: expect.any(String) });
      });

      it('serves probes, documents and metrics without a token', async () => {
        const statuses = await Promise.all(['/health/live', '/docs-json', '/asyncapi.json', '/metrics'].map(async (path) => (await fetch(`${service.url}${path}`)).status));
        expect(statuses).toEqual([200, 200, 200, 200]);
      });
    });

    describe('function-level authorisation', () => {
      it('declares every documented route in the role matrix (an undeclared route is denied to all)', async () => {
        const undeclared = (await routes()).filter(({ method, route }) => !ruleFor(definition.name, method, route)).map(({ method, route }) => `${method} ${route}`);
        expect(undeclared).toEqual([]);
      });

      it('answers every route × role as the matrix declares: 403 exactly where the role is not listed', async () => {
        const mismatches: string[] = [];
        for (const { method, route } of await routes()) {
          const allowedRoles = ruleFor(definition.name, method, route)?.roles ?? [];
          await Promise.all(ROLES.map(async (role) => {
            const answer = await call(method, route.replaceAll(/:[A-Za-z]+/g, 'x1'), await as(role), method === 'GET' ? undefined : '{}');
            const denied = answer.status === 403 || answer.status === 401;
            if (denied === allowedRoles.includes(role)) mismatches.push(`${role} ${method} ${route} → ${answer.status}`);
          }));
        }
        expect(mismatches).toEqual([]);
      });

      it('counts the rejected requests in a metric', async () => {
        await call('POST', options.command.path, await as('auditor'), '{}');
        const metrics = await (await fetch(`${service.url}/metrics`)).text();
        expect(metrics).toMatch(/linli_http_rejected_total\{[^}]*status="403"[^}]*\} [1-9]/);
      });
    });

    describe('mass assignment', () => {
      it('accepts the valid command body the cases below add a field to', async () => {
        expect((await call('POST', options.command.path, await as('county_admin'), JSON.stringify(options.command.body()))).status).toBeLessThan(300);
      });

      it.each(['role', 'actor', 'principal', 'isAdmin', 'position'])('refuses an unknown or privileged field %s with 400 naming it', async (field) => {
        const answer = await call('POST', options.command.path, await as('county_admin'), JSON.stringify({ ...options.command.body(), [field]: 'county_admin' }));
        expect(answer.status).toBe(400);
        expect(JSON.stringify(answer.body['errors'])).toContain(field);
      });

      it.each([
        ['__proto__', (body: object) => JSON.stringify(body).replace(/^\{/, '{"__proto__":{"role":"county_admin"},')],
        ['constructor.prototype', (body: object) => JSON.stringify(body).replace(/^\{/, '{"constructor":{"prototype":{"role":"county_admin"}},')],
      ])('refuses %s in a body with 400', async (_case, poison) => {
        expect((await call('POST', options.command.path, await as('county_admin'), poison(options.command.body()))).status).toBe(400);
      });
    });

    describe('abuse limits', () => {
      it('refuses a body over the size cap with 413', async () => {
        const answer = await call('POST', options.command.path, await as('county_admin'), JSON.stringify({ ...options.command.body(), padding: 'x'.repeat(BODY_LIMIT) }));
        expect(answer.status).toBe(413);
      });

      it('refuses a page size over the cap with 400 naming limit', async () => {
        const answer = await call('GET', `${options.list}${options.list.includes('?') ? '&' : '?'}limit=101`, await as('county_admin'));
        expect(answer.status).toBe(400);
        expect(answer.body['errors']).toEqual([expect.objectContaining({ field: 'limit' })]);
      });

      it('answers 429 with Retry-After once one client goes over its rate', async () => {
        // Every request counts, refused or not: these are cheap ones (a command the auditor may not send).
        const headers = await as('auditor');
        const statuses: number[] = [];
        for (let i = 0; i < PER_CLIENT; i++) statuses.push((await call('POST', options.command.path, headers, '{}')).status);
        const over = await call('POST', options.command.path, headers, '{}');
        expect(statuses.filter((status) => status === 429)).toEqual([]);
        expect(over.status).toBe(429);
        expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
        expect((await call('POST', options.command.path, await as('auditor'), '{}')).status).toBe(403);
      });
    });

    describe('headers', () => {
      it('sends security headers', async () => {
        const { headers } = await call('POST', options.command.path, await as('auditor'), '{}');
        expect({ nosniff: headers.get('x-content-type-options'), frame: headers.get('x-frame-options'), hsts: headers.get('strict-transport-security') }).toEqual({ nosniff: 'nosniff', frame: 'SAMEORIGIN', hsts: expect.stringContaining('max-age=') });
      });

      it('allows cross-origin calls from the allow-list only', async () => {
        const preflight = (origin: string) => fetch(`${service.url}${options.list}`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });
        expect((await preflight('https://portal.yugan.example')).headers.get('access-control-allow-origin')).toBe('https://portal.yugan.example');
        expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
      });
    });

    async function routes(): Promise<{ method: string; route: string }[]> {
      const doc = (await (await fetch(`${service.url}/docs-json`)).json()) as OpenApi;
      return Object.entries(doc.paths).flatMap(([path, operations]) => {
        const route = path.replaceAll(/\{([^}]+)\}/g, ':$1');
        return Object.keys(operations).filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method)).map((method) => ({ method: method.toUpperCase(), route }));
      }).filter(({ route }) => !isPublicPath(route));
    }
  });
}
