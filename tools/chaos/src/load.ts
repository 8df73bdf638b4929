// Command load against the organizations service of the chaos stack, bounded in count and time,
// with a ledger of every command and how it was answered (the oracle's first input).
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

/** How a command ended for its client. */
export type Outcome = 'acknowledged' | 'rejected' | 'uncertain';

export interface CommandRecord {
  readonly key: string;
  readonly what: string;
  outcome: Outcome;
  status: number;
  /** Event types the service said it appended (acknowledged commands only). */
  events: readonly string[];
  attempts: number;
  /** The id of what the command created, when it answered one. */
  id?: string;
  /** Set when the command pinned a revision (If-Match). */
  readonly expectedRevision?: number;
}

export interface Answer {
  readonly status: number; // 0: no answer (connection refused, reset, timed out)
  readonly body: Record<string, unknown>;
  readonly etag: string | null;
}

const ACTOR = { 'x-actor-id': 'chaos-load', 'x-actor-role': 'working_committee_staff' };

export class OrganizationsClient {
  constructor(
    private readonly baseUrl: () => string,
    private readonly auth: Record<string, string> = {},
  ) {}

  async send(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}, timeoutMs = 8_000): Promise<Answer> {
    const url = `${this.baseUrl()}${path}`;
    if (!url.startsWith('http://127.0.0.1:')) throw new Error(`the chaos load targets 127.0.0.1 only, not ${url}`);
    try {
      const response = await fetch(url, {
        method,
        headers: { ...ACTOR, ...this.auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      let parsed: Record<string, unknown> = {};
      try {
        parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        parsed = { text };
      }
      return { status: response.status, body: parsed, etag: response.headers.get('etag') };
    } catch {
      return { status: 0, body: {}, etag: null };
    }
  }
}

const outcomeOf = (status: number): Outcome => (status >= 200 && status < 300 ? 'acknowledged' : status >= 400 && status < 500 ? 'rejected' : 'uncertain');

/** Every command of a scenario, in the order they were sent. */
export class Ledger {
  readonly records: CommandRecord[] = [];
  readonly communities: string[] = [];

  /** `run` prefixes every Idempotency-Key, so that the oracle tells this run's commands from earlier runs' on reused servers. */
  constructor(readonly run = `chaos-${Date.now().toString(36)}`) {}

  /**
   * Sends a command with an Idempotency-Key; an uncertain answer (no answer, 5xx) is retried with
   * the same key up to `retries` times, as a careful client does.
   */
  async command(client: OrganizationsClient, what: string, path: string, body: unknown, { retries = 0, ifMatch }: { retries?: number; ifMatch?: number } = {}): Promise<CommandRecord> {
    const key = `${this.run}-${randomUUID()}`;
    const record: CommandRecord = { key, what, outcome: 'uncertain', status: 0, events: [], attempts: 0, ...(ifMatch !== undefined ? { expectedRevision: ifMatch } : {}) };
    this.records.push(record);
    for (;;) {
      record.attempts++;
      const answer = await client.send('POST', path, body, { 'idempotency-key': key, ...(ifMatch !== undefined ? { 'if-match': `"${ifMatch}"` } : {}) });
      record.status = answer.status;
      record.outcome = outcomeOf(answer.status);
      if (record.outcome === 'acknowledged') {
        record.events = Array.isArray(answer.body['events']) ? (answer.body['events'] as string[]) : [];
        if (typeof answer.body['id'] === 'string') record.id = answer.body['id'];
        if (what === 'register-community' && typeof answer.body['id'] === 'string') this.communities.push(answer.body['id']);
      }
      if (record.outcome !== 'uncertain' || record.attempts > retries) return record;
      await sleep(Math.min(5_000, 250 * 2 ** Math.min(record.attempts, 4)));
    }
  }

  counts(): Record<Outcome, number> {
    const counts: Record<Outcome, number> = { acknowledged: 0, rejected: 0, uncertain: 0 };
    for (const record of this.records) counts[record.outcome]++;
    return counts;
  }
}

/** The top of a fresh organisation ladder, under which the load registers communities. */
export async function buildLadder(client: OrganizationsClient, ledger: Ledger, run: string): Promise<string> {
  let parentId: string | undefined;
  const steps = [
    ['city_party_committee', `Chaos City ${run}`, '2000-01-01'],
    ['county_party_committee', 'Chaos County', '2000-01-01'],
    ['urban_community_party_working_committee', 'Chaos Working Committee', '2020-01-01'],
    ['community_party_committee', 'Chaos Community Committee', '2020-06-01'],
  ] as const;
  for (const [type, name, effectiveFrom] of steps) {
    const record = await ledger.command(client, 'establish-unit', '/org-units', { type, name, effectiveFrom, ...(parentId ? { parentId } : {}) }, { retries: 5 });
    if (record.outcome !== 'acknowledged' || record.id === undefined) throw new Error(`could not establish ${type} (HTTP ${record.status})`);
    parentId = record.id;
  }
  return parentId as string;
}

export interface LoadOptions {
  readonly ratePerSecond: number;
  readonly durationMs: number;
  readonly maxCommands: number;
  readonly concurrency?: number;
  /** Retries of an uncertain command with the same Idempotency-Key. */
  readonly retries?: number;
}

export interface LoadReport {
  readonly sent: number;
  /** Commands that needed more than one attempt (same Idempotency-Key). */
  readonly retried?: number;
  readonly seconds: number;
  readonly perSecond: number;
}

/**
 * Registers communities and toggles their pilot status at about `ratePerSecond` until the time or
 * the count runs out; `during` runs alongside (the fault) and the load ends after both.
 */
export async function runLoad(client: OrganizationsClient, ledger: Ledger, committee: string, options: LoadOptions, during?: () => Promise<void>): Promise<LoadReport> {
  const t0 = Date.now();
  const stopAt = t0 + options.durationMs;
  const interval = 1000 / options.ratePerSecond;
  let sent = 0;
  const inFlight = new Set<Promise<unknown>>();
  const fault = during ? during() : Promise.resolve();
  let faultDone = false;
  void fault.finally(() => (faultDone = true)).catch(() => undefined);
  while ((Date.now() < stopAt || !faultDone) && sent < options.maxCommands && Date.now() < stopAt + 120_000) {
    while (inFlight.size >= (options.concurrency ?? 8)) await Promise.race(inFlight);
    const n = sent++;
    const known = ledger.communities;
    const target = known.length > 0 ? known[Math.floor(Math.random() * known.length)] : undefined;
    const command =
      target === undefined || n % 3 !== 2
        ? ledger.command(client, 'register-community', '/communities', { name: `Chaos Estate ${n} ${randomUUID().slice(0, 6)}`, address: `${n} Chaos Road`, households: 100 + n, buildingCount: 1 + (n % 20), communityUnitId: committee }, { retries: options.retries ?? 0 })
        : ledger.command(client, 'designate-pilot', `/communities/${target}/designate-pilot`, { designatedOn: '2023-03-01' }, { retries: options.retries ?? 0 });
    const tracked: Promise<unknown> = command.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    const next = t0 + (n + 1) * interval;
    if (next > Date.now()) await sleep(next - Date.now());
  }
  await Promise.all(inFlight);
  await fault;
  const seconds = (Date.now() - t0) / 1000;
  const retried = ledger.records.slice(-sent).filter((r) => r.attempts > 1).length;
  return { sent, retried, seconds, perSecond: sent / seconds };
}
