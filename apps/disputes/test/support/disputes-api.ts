import { randomUUID } from 'node:crypto';
import { streamName } from '@linli/disputes-domain';
import type { EventStore, RecordedEvent } from '@linli/event-store';
import { EVENT_STORE, Infrastructure } from '@linli/service-kit';
import { authHeaders, bootService, type BootedService } from '@linli/service-kit/testing';
import { DisputesReadModels } from '../../src/application/disputes-read-models.js';
import { disputesService } from '../../src/disputes.service-definition.js';

/** An answer as a test looks at it. */
export interface Answer<Body = Record<string, unknown>> {
  readonly status: number;
  readonly body: Body;
  readonly headers: Headers;
}

/** A disputes service booted for a test, and a small HTTP client for it. */
export interface DisputesApi {
  readonly service: BootedService;
  post<Body = Record<string, unknown>>(path: string, body?: object, headers?: Record<string, string>): Promise<Answer<Body>>;
  get<Body = Record<string, unknown>>(path: string, headers?: Record<string, string>): Promise<Answer<Body>>;
  /** The dispute's stream as stored. */
  events(disputeId: string): Promise<RecordedEvent[]>;
  close(): Promise<void>;
}

/**
 * Boots the service against the real servers. The deadline scheduler is off unless a test asks
 * for it (`DISPUTES_SCHEDULER: 'on'`), so that only the deadline tests move deadlines; so is the
 * hotline tickets consumer (`DISPUTES_HOTLINE: 'on'` with a group and topic of the test's own).
 */
export async function bootDisputes(env: Record<string, string> = {}): Promise<DisputesApi> {
  const settings = { DISPUTES_SCHEDULER: 'off', DISPUTES_HOTLINE: 'off', ...env };
  const saved = Object.fromEntries(Object.keys(settings).map((key) => [key, process.env[key]]));
  Object.assign(process.env, settings);
  let service: BootedService;
  try {
    service = await bootService(disputesService);
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  // A boot that fails here must not leave the service running into the next test file of this worker.
  await caughtUp(service).catch(async (error: unknown) => {
    await service.close().catch(() => undefined);
    throw error;
  });
  const asAdmin = await authHeaders({ subject: 'staff-1' });
  const call = async <Body>(method: string, path: string, body: object | undefined, headers: Record<string, string>): Promise<Answer<Body>> => {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: { ...asAdmin, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Body, headers: response.headers };
  };
  return {
    service,
    post: (path, body = {}, headers = {}) => call('POST', path, body, headers),
    get: (path, headers = {}) => call('GET', path, undefined, headers),
    events: (disputeId) => service.app.get<EventStore>(EVENT_STORE).readStream(streamName(disputeId)),
    close: () => service.close(),
  };
}

/**
 * Waits until the read models include every disputes event stored so far: after events were
 * recorded with no runner feeding this MongoDB (a seed against another one, say), the first
 * instance catches up here rather than inside a test's 2-second read-your-writes wait.
 */
async function caughtUp(service: BootedService): Promise<void> {
  // The service opens its event store in the background (creating its tables on a fresh database): wait for it.
  await service.app.get<EventStore>(EVENT_STORE).headPosition();
  const { rows } = await service.app.get(Infrastructure).pg.query<{ last: string | null }>(
    "SELECT max(global_position)::text AS last FROM linli.linli_events WHERE stream_name LIKE 'disputes.%'",
  );
  if (rows[0]?.last) await service.app.get(DisputesReadModels).waitFor(BigInt(rows[0].last), 50_000);
}

/** A community of the test's own, so that lists and counts see only its disputes. */
export const newCommunity = (): string => `rc-test-${randomUUID()}`;

/** A valid report: square dancing at night, told by one resident about a dance team. */
export const aReport = (communityId: string, overrides: Record<string, unknown> = {}) => ({
  communityId,
  category: 'square_dancing_noise',
  description: 'Loudspeakers after 21:00 below building 5',
  urgency: 'normal',
  channel: 'resident',
  parties: [
    { subjectId: 'subj-li', role: 'reporter', name: 'Li Wei', phone: '13800000001', room: '5-302' },
    { subjectId: 'subj-dance', role: 'respondent', name: 'Zhang Min' },
  ],
  ...overrides,
});

/** An instant `days` before now (ISO-8601, UTC). */
export const daysAgo = (days: number, extraMinutes = 0): string => new Date(Date.now() - days * 86_400_000 + extraMinutes * 60_000).toISOString();
