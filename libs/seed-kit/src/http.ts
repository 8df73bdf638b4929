// The one HTTP client of the seeds and the demo: every request to a service goes through
// `request`, so authentication is added in one place (`authHeaders`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_ROOT_UNIT, isRole, signDevToken, type Role } from '@linli/security';

/** Who acts: the seeds act as the staff of a unit (a branch secretary, an owners' committee, an assessor). */
export interface Actor {
  readonly id: string;
  readonly role: string;
  readonly unit?: string;
}

export interface RequestOptions {
  readonly body?: unknown;
  readonly actor?: Actor;
  /** Sent as Idempotency-Key: a retry (or a re-run of the seed) is answered with the first result. */
  readonly idempotencyKey?: string;
  /** How many times a dropped connection or a 5xx is tried in all (default 4), with back-off. */
  readonly attempts?: number;
  /** How long a 503 (a service still catching up, e.g. its read models rebuilding) or a 429 (its request limit) is waited out, in ms (default 180 000). */
  readonly unavailableForMs?: number;
}

/** A service's answer: the status and the body (parsed when JSON). */
export interface Answer {
  readonly status: number;
  readonly ok: boolean;
  readonly body: unknown;
  readonly text: string;
}

/** Who reads when a caller names nobody: a county administrator (every route lets one read). */
const READER: Actor = { id: 'linli-demo', role: 'county_admin' };
const TOKEN_TTL_SECONDS = 3_600;

/**
 * THE place where callers authenticate. Each request names its actor in X-Actor-* headers (what
 * the services read before authentication) and, when the services run with AUTH_MODE=dev (their dev
 * key pair under .linli/auth/, or LINLI_AUTH_DEV_KEY_DIR), carries a dev bearer token for the actor,
 * scoped to the root of the tree. Roles the security lib does not know act as county_admin.
 */
export async function authHeaders(actor: Actor = READER): Promise<Record<string, string>> {
  const headers: Record<string, string> = { 'x-actor-id': actor.id, 'x-actor-role': actor.role, ...(actor.unit !== undefined && { 'x-actor-unit': actor.unit }) };
  const token = await tokenFor(actor);
  if (token) headers['authorization'] = `Bearer ${token}`;
  return headers;
}

const tokens = new Map<string, { token: Promise<string>; until: number }>();
let privateKey: string | null | undefined;

function tokenFor(actor: Actor): Promise<string> | null {
  if (privateKey === undefined) {
    const file = join(process.env['LINLI_AUTH_DEV_KEY_DIR'] ?? join(process.cwd(), '.linli', 'auth'), 'dev-private.pem');
    privateKey = existsSync(file) ? readFileSync(file, 'utf8') : null;
  }
  if (privateKey === null) return null;
  const role: Role = isRole(actor.role) ? actor.role : 'county_admin';
  const key = `${actor.id}/${role}`;
  const cached = tokens.get(key);
  if (cached && cached.until > Date.now()) return cached.token;
  const token = signDevToken(privateKey, { subject: actor.id, role, unitId: DEV_ROOT_UNIT, ttlSeconds: TOKEN_TTL_SECONDS });
  tokens.set(key, { token, until: Date.now() + (TOKEN_TTL_SECONDS / 2) * 1_000 });
  return token;
}

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));

/** Sends one request; dropped connections and 5xx answers are retried, any other answer is returned as it is. */
export async function request(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, options: RequestOptions = {}): Promise<Answer> {
  const attempts = options.attempts ?? 4;
  const headers: Record<string, string> = { ...(await authHeaders(options.actor)), ...(options.idempotencyKey !== undefined && { 'idempotency-key': options.idempotencyKey }) };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const unavailableUntil = Date.now() + (options.unavailableForMs ?? 180_000);
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url, { method, headers, ...(options.body !== undefined && { body: JSON.stringify(options.body) }) });
      const text = await response.text();
      if ((response.status === 503 || response.status === 429) && options.attempts !== 1 && Date.now() < unavailableUntil) {
        // 429: the service's request limit; wait as long as it says (Retry-After, seconds).
        const retryAfter = Number(response.headers.get('retry-after'));
        await new Promise((resolve) => setTimeout(resolve, response.status === 429 && retryAfter > 0 ? Math.min(retryAfter, 60) * 1_000 : 1_000));
        continue;
      }
      if (response.status >= 500 && attempt < attempts) {
        await pause(attempt);
        continue;
      }
      return { status: response.status, ok: response.ok, body: parse(text), text };
    } catch (error) {
      if (attempt >= attempts) throw new Error(`${method} ${url}: ${(error as Error).message}`, { cause: error });
      await pause(attempt);
    }
  }
}

/** GETs a JSON document and fails unless the answer is 2xx. */
export async function getJson<T>(url: string, actor?: Actor): Promise<T> {
  const answer = await request('GET', url, actor ? { actor } : {});
  if (!answer.ok) throw new Error(`GET ${url} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
  return answer.body as T;
}

/** Polls /health/ready (or /health/live) until the service answers 200. */
export async function waitUntilReady(baseUrl: string, timeoutMs = 60_000, probe: 'ready' | 'live' = 'ready'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(`${baseUrl}/health/${probe}`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.status, () => 0);
    if (status === 200) return;
    await pause(2);
  }
  throw new Error(`${baseUrl} is not ${probe} after ${timeoutMs} ms (start the services with npm start)`);
}

function parse(text: string): unknown {
  try {
    return text === '' ? null : JSON.parse(text);
  } catch {
    return text;
  }
}
