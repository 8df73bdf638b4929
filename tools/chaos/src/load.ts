// Command load against the services of the chaos stack (mostly organizations, a share to disputes
// and property-services), bounded in count and time, with a ledger of every command and how it was
// answered (the oracle's first input).
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { creditCodeCheckCharacter } from '@linli/property-services-domain';

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

/** The clients of the load, one per service that takes commands. */
export interface LoadClients {
  readonly organizations: OrganizationsClient;
  readonly disputes: OrganizationsClient;
  readonly property: OrganizationsClient;
}

/** A dispute the load reported, and how far it has been taken (acknowledged steps only). */
export interface LoadDispute {
  readonly id: string;
  stage: 'reported' | 'accepted' | 'escalated' | 'busy';
}

/** Every command of a scenario, in the order they were sent. */
export class Ledger {
  readonly records: CommandRecord[] = [];
  readonly communities: string[] = [];
  readonly disputes: LoadDispute[] = [];
  /** Property service companies registered by the load. */
  readonly companies: string[] = [];
  /** Communities a contract was asked for (signed or not: one attempt per community). */
  readonly contracted = new Set<string>();

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
        if (what === 'report-dispute' && typeof answer.body['id'] === 'string') this.disputes.push({ id: answer.body['id'], stage: 'reported' });
        if (what === 'register-company' && typeof answer.body['id'] === 'string') this.companies.push(answer.body['id']);
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

const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid unified social credit code (GB 32100-2015) of Yugan County, random in its nine free characters. */
export function randomCreditCode(): string {
  const body = `91361127${Array.from({ length: 9 }, () => CREDIT_CODE_ALPHABET[Math.floor(Math.random() * CREDIT_CODE_ALPHABET.length)]).join('')}`;
  return body + (creditCodeCheckCharacter(body) ?? '0');
}

const pick = <T>(items: readonly T[]): T | undefined => (items.length > 0 ? items[Math.floor(Math.random() * items.length)] : undefined);

/**
 * The load's share for disputes (slots 4 and 10 of every 12 commands): slot 4 reports a dispute in a
 * community the load registered; slot 10 accepts a reported one at level 0, or escalates an accepted
 * one to level 1 (or reports one when there is none to take further). A dispute is taken one step at a
 * time (`busy` while a step is in flight), so no step is refused for a race of the load's own.
 */
function disputeCommand(clients: LoadClients, ledger: Ledger, community: string, n: number, retries: number): Promise<CommandRecord> {
  // every other dozen takes an accepted dispute further first, so that escalations happen too
  const reported = ledger.disputes.find((d) => d.stage === 'reported');
  const accepted = ledger.disputes.find((d) => d.stage === 'accepted');
  const next = Math.floor(n / 12) % 2 === 1 ? (accepted ?? reported) : (reported ?? accepted);
  if (n % 12 === 4 || next === undefined) {
    const subject = `chaos-subject-${randomUUID().slice(0, 8)}`;
    return ledger.command(clients.disputes, 'report-dispute', '/disputes', {
      communityId: community,
      category: 'parking',
      description: `Chaos load dispute ${n}: cars block the fire lane`,
      urgency: 'normal',
      channel: 'grid_worker',
      parties: [{ subjectId: subject, role: 'reporter', name: 'Chaos Reporter', phone: '13800000000', room: '1-101' }],
    }, { retries });
  }
  const stage = next.stage;
  next.stage = 'busy';
  const step =
    stage === 'reported'
      ? ledger.command(clients.disputes, 'accept-dispute', `/disputes/${next.id}/accept`, { category: 'parking', level: 0 }, { retries })
      : ledger.command(clients.disputes, 'escalate-dispute', `/disputes/${next.id}/escalate`, { toLevel: 1, reason: 'the neighbours did not agree' }, { retries });
  return step.then((record) => {
    // acknowledged: one step further; otherwise (refused or uncertain) it is not taken again
    next.stage = record.outcome === 'acknowledged' ? (stage === 'reported' ? 'accepted' : 'escalated') : 'escalated';
    return record;
  });
}

/** The load's share for property-services: register a company now and then, else sign a contract for a community that has none. */
function propertyCommand(clients: LoadClients, ledger: Ledger, n: number, retries: number): Promise<CommandRecord> {
  const community = ledger.communities.find((c) => !ledger.contracted.has(c));
  const company = pick(ledger.companies);
  if (company === undefined || community === undefined || n % 4 === 0) {
    return ledger.command(clients.property, 'register-company', '/companies', { name: `Chaos Property Services ${n} Co., Ltd.`, creditCode: randomCreditCode(), qualificationLevel: 'ungraded' }, { retries });
  }
  ledger.contracted.add(community);
  return ledger.command(clients.property, 'sign-contract', `/communities/${community}/contracts`, { companyId: company, periodStart: '2024-01-01', periodEnd: '2026-12-31', feeStandardFenPerSqmMonth: 120 + (n % 50), serviceLevel: 'level_2' }, { retries });
}

/**
 * Registers communities and toggles their pilot status at about `ratePerSecond` until the time or
 * the count runs out, with a share (3 commands in 12) to disputes and property-services in
 * the communities the load registered; `during` runs alongside (the fault) and the load ends after both.
 */
export async function runLoad(clients: LoadClients, ledger: Ledger, committee: string, options: LoadOptions, during?: () => Promise<void>): Promise<LoadReport> {
  const client = clients.organizations;
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
    const slot = n % 12;
    const command =
      target !== undefined && (slot === 4 || slot === 10)
        ? disputeCommand(clients, ledger, target, n, options.retries ?? 0)
        : target !== undefined && slot === 7
          ? propertyCommand(clients, ledger, Math.floor(n / 12), options.retries ?? 0)
          : target === undefined || n % 3 !== 2
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
