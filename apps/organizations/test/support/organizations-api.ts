import { randomUUID } from 'node:crypto';
import type { EventStore } from '@linli/event-store';
import { EVENT_STORE, Infrastructure } from '@linli/service-kit';
import { authHeaders, bootService, type BootedService } from '@linli/service-kit/testing';
import { organizationsService } from '../../src/organizations.service-definition.js';
import { ReadModelRunner } from '../../src/read-models/read-model-runner.js';

/** A JSON answer: status, body and the ETag header. */
export interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly etag: string | null;
}

/** The organizations service over HTTP, as a client sees it (fetch, JSON, actor headers). */
export class OrganizationsApi {
  constructor(
    readonly url: string,
    private readonly actor = 'staff-1',
  ) {}

  /** A command; like any client it tries again on a 503 (read models catching up before a decision). */
  async post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    for (let attempt = 1; ; attempt++) {
      const answer = await this.send('POST', path, body, headers);
      if (answer.status !== 503 || attempt === 3) return answer;
    }
  }

  put(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    return this.send('PUT', path, body, headers);
  }

  get(path: string): Promise<Answer> {
    return this.send('GET', path);
  }

  /**
   * A query that reads the write a command answered (`minPosition`). Like any client, it asks again
   * on a 202 (the read models had not got there within 2 s: a busy shared MongoDB server in CI).
   */
  async read(path: string, after: Answer): Promise<Answer> {
    const url = `${path}${path.includes('?') ? '&' : '?'}minPosition=${String(after.body['position'])}`;
    for (let attempt = 1; ; attempt++) {
      const answer = await this.get(url);
      if (answer.status !== 202 || attempt === 5) return answer;
    }
  }

  async send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: { ...(await authHeaders({ subject: this.actor })), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, etag: response.headers.get('etag') };
  }
}

/** The id a command answered, failing loudly when it did not succeed. */
export function idOf(answer: Answer): string {
  if (answer.status !== 200 && answer.status !== 201) throw new Error(`command failed with ${answer.status}: ${JSON.stringify(answer.body)}`);
  return String(answer.body['id']);
}

/** Boots the service against the real servers (`env`: extra variables), its read models caught up. */
export async function bootOrganizations(env: Record<string, string> = {}): Promise<{ service: BootedService; api: OrganizationsApi }> {
  const service = await bootService(organizationsService, env);
  // A boot that fails here must not leave the service running into the next test file of this worker.
  await caughtUp(service).catch(async (error: unknown) => {
    await service.close().catch(() => undefined);
    throw error;
  });
  return { service, api: new OrganizationsApi(service.url) };
}

/**
 * Waits until the read models include every organizations event stored so far: after events were
 * recorded with no runner feeding this MongoDB (a seed against another one, a rebuild), the first
 * instance catches up here rather than answering the tests' first commands 503.
 */
async function caughtUp(service: BootedService): Promise<void> {
  // The service opens its event store in the background (creating its tables on a fresh database): wait for it.
  await service.app.get<EventStore>(EVENT_STORE).headPosition();
  const { rows } = await service.app.get(Infrastructure).pg.query<{ last: string | null }>(
    "SELECT max(global_position)::text AS last FROM linli.linli_events WHERE stream_name LIKE 'organizations.%'",
  );
  if (rows[0]?.last && !(await service.app.get(ReadModelRunner).waitFor(BigInt(rows[0].last), 200_000))) throw new Error('the read models did not catch up within 200 s');
}

/** A fresh unit name, so that each test file's tree is its own. */
export const uniqueName = (name: string): string => `${name} ${randomUUID().slice(0, 8)}`;
