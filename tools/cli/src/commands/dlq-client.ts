import { UsageError, type Args } from '../command.js';

/** Ports the services listen on by default (README); `LINLI_<SERVICE>_URL` or `--url` override. */
const DEFAULT_PORTS: Readonly<Record<string, number>> = { organizations: 3001, disputes: 3002, 'property-services': 3003, ratings: 3004 };

/** The owning service did not answer (exit code 3). */
export class ServiceUnavailable extends Error {}

/** The service refused the request: a 4xx other than bad input (exit code 1), or bad input (exit code 2). */
export class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The base URL of the service that runs the consumer group: `--url`, else `--service` (default ratings). */
export function serviceUrl(args: Args): string {
  const url = args.flags['url'];
  if (typeof url === 'string') return url.replace(/\/+$/, '');
  const service = typeof args.flags['service'] === 'string' ? args.flags['service'] : 'ratings';
  const port = DEFAULT_PORTS[service];
  if (port === undefined) throw new UsageError(`unknown service "${service}"; one of: ${Object.keys(DEFAULT_PORTS).join(', ')} (or --url)`);
  const fromEnv = process.env[`LINLI_${service.toUpperCase().replaceAll('-', '_')}_URL`];
  return (fromEnv ?? `http://127.0.0.1:${port}`).replace(/\/+$/, '');
}

/** Who acts: the bearer token (`--token` or LINLI_TOKEN; `linli auth token` issues one); the service records its subject. */
function authHeaders(args: Args): Record<string, string> {
  const token = typeof args.flags['token'] === 'string' ? args.flags['token'] : process.env['LINLI_TOKEN'];
  return token ? { authorization: `Bearer ${token}` } : {};
}

/**
 * One request to the service's dead-letter routes. Retries must run in the process that runs the
 * group (its handler, inbox and per-key order), so the CLI never touches the parked rows itself.
 */
export async function callService<T>(args: Args, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const url = `${serviceUrl(args)}${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { ...authHeaders(args), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(120_000),
    });
  } catch (error) {
    throw new ServiceUnavailable(`${url} did not answer: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`);
  }
  const text = await response.text();
  const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (response.ok) return json as T;
  if (response.status >= 500) throw new ServiceUnavailable(`${url} answered ${response.status}: ${String(json['message'] ?? text)}`);
  const fieldErrors = Array.isArray(json['errors']) ? (json['errors'] as { field: string; message: string }[]).map((e) => `${e.field}: ${e.message}`).join('; ') : '';
  const hint = response.status === 401 ? ' (pass --token <jwt> or set LINLI_TOKEN)' : response.status === 403 ? ' (dead-letter actions need the operator role)' : '';
  throw new Refused(response.status, `${response.status} ${String(json['message'] ?? response.statusText)}${fieldErrors ? ` (${fieldErrors})` : ''}${hint}`);
}
