// The fault-injection scenarios. Each breaks the chaos stack on purpose while load runs and says
// what it did; the oracle then checks the whole history (main.ts).
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { CONSUMED_TOPICS } from '@linli/ratings-read-models';
import type pg from 'pg';
import { Ledger, runLoad, type LoadClients, type LoadReport, type OrganizationsClient } from './load.js';
import { ORGANIZATIONS_TOPIC, RATINGS_GROUP, type Check, type Oracle, type OracleExpectations } from './oracle.js';
import { ENDPOINTS, infra, ROOT, say, ServiceProcess, stopProcess } from './stack.js';

export interface ScenarioContext {
  readonly services: { organizations: ServiceProcess; disputes: ServiceProcess; property: ServiceProcess; ratings: ServiceProcess };
  /** The organizations service (the scenarios' own commands). */
  readonly client: OrganizationsClient;
  /** The load's clients: organizations, disputes and property-services. */
  readonly clients: LoadClients;
  /** The same caller against the ratings service (its operators' dead-letter surface). */
  readonly ratingsClient: OrganizationsClient;
  /** Every command of the whole run (the oracle checks them all after each scenario). */
  readonly ledger: Ledger;
  /** The community committee the load registers estates under. */
  readonly committee: string;
  readonly oracle: Oracle;
  readonly pool: pg.Pool;
  /** The short suite of `npm test`: shorter loads. */
  readonly short: boolean;
}

export interface ScenarioResult {
  readonly did: string[];
  readonly load?: LoadReport;
  readonly expect?: OracleExpectations;
  /** Checks of the scenario's own (e.g. the race really raced). */
  readonly checks?: Check[];
}

export interface Scenario {
  readonly name: string;
  readonly summary: string;
  run(ctx: ScenarioContext): Promise<ScenarioResult>;
}

const at = (t0: number) => `t=${((Date.now() - t0) / 1000).toFixed(1)} s`;

/** Runs `fn` after `ms` (a fault at a point of the load). */
const after = async (ms: number, fn: () => Promise<void>) => {
  await sleep(ms);
  await fn();
};

const killService: Scenario = {
  name: 'kill-service',
  summary: 'kill -9 organizations, disputes and property-services (a second apart) while they accept commands, then restart each',
  async run(ctx) {
    const did: string[] = [];
    const t0 = Date.now();
    const victims = [ctx.services.organizations, ctx.services.disputes, ctx.services.property];
    const load = await runLoad(ctx.clients, ctx.ledger, ctx.committee, { ratePerSecond: 12, durationMs: ctx.short ? 10_000 : 20_000, maxCommands: 400 }, () =>
      Promise.all(
        victims.map((service, i) =>
          after((ctx.short ? 4_000 : 6_000) + i * 1_000, async () => {
            const pid = service.pid;
            await service.signal('SIGKILL');
            did.push(`${at(t0)} kill -9 ${service.name} (pid ${pid})`);
            await sleep(2_000);
            await service.start();
            did.push(`${at(t0)} ${service.name} restarted and ready`);
          }),
        ),
      ).then(() => undefined),
    );
    return { did, load };
  },
};

const RELAY_LOCK = 'relay:organizations';

const killRelay: Scenario = {
  name: 'kill-relay',
  summary: 'kill -9 a relay after the broker acknowledged a batch and before its checkpoint was stored',
  async run(ctx) {
    const did: string[] = [];
    const t0 = Date.now();
    // Hold the service's relay back: take its leader lock, then restart the service so it waits for it.
    const lock = await ctx.pool.connect();
    try {
      await ctx.services.organizations.signal('SIGKILL');
      for (let held = false; !held; await sleep(held ? 0 : 250)) {
        held = (await lock.query<{ ok: boolean }>('select pg_try_advisory_lock(hashtextextended($1, 0)) ok', [RELAY_LOCK])).rows[0]?.ok === true;
      }
      await ctx.services.organizations.start();
      did.push(`${at(t0)} took the relay's leader lock and restarted organizations: its relay waits`);
      const load = await runLoad(ctx.clients, ctx.ledger, ctx.committee, { ratePerSecond: 10, durationMs: ctx.short ? 5_000 : 8_000, maxCommands: 100 });
      did.push(`${at(t0)} ${load.sent} commands stored, none relayed yet`);
      const child = spawn(process.execPath, ['--import', 'tsx', 'tools/chaos/src/relay-child.ts'], { cwd: ROOT, env: { ...process.env, ...ENDPOINTS }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
      did.push(`${at(t0)} a second relay published one batch and was killed by ${signal ?? 'nothing'} before its checkpoint: ${output.trim().split('\n').pop()}`);
      const checks: Check[] = [{ name: 'relay killed between publish and checkpoint', ok: signal === 'SIGKILL' && output.includes('"published"'), detail: output.trim().slice(0, 300) }];
      await lock.query('select pg_advisory_unlock(hashtextextended($1, 0))', [RELAY_LOCK]);
      did.push(`${at(t0)} released the lock: the service's relay resumes from the old checkpoint`);
      return { did, load, checks, expect: { duplicatesOnKafka: true } };
    } finally {
      lock.release();
    }
  },
};

const duplicateDelivery: Scenario = {
  name: 'duplicates',
  summary: 're-publish a random 10% of the events of the three topics ratings consumes and reset its consumer group to the beginning',
  async run(ctx) {
    const did: string[] = [];
    const t0 = Date.now();
    const load = await runLoad(ctx.clients, ctx.ledger, ctx.committee, { ratePerSecond: 8, durationMs: ctx.short ? 8_000 : 15_000, maxCommands: 200 }, async () => {
      await sleep(3_000);
      for (const topic of CONSUMED_TOPICS) {
        const republished = await republishSome(ctx.oracle, topic, 0.1);
        did.push(`${at(t0)} re-published ${republished.copied} of ${republished.total} messages of ${topic} (same key, value and headers)`);
      }
      await ctx.services.ratings.signal('SIGTERM');
      for (const topic of CONSUMED_TOPICS) {
        await ctx.oracle.admin.resetOffsets({ groupId: RATINGS_GROUP, topic, earliest: true });
      }
      did.push(`${at(t0)} stopped ratings and reset group ${RATINGS_GROUP} to the beginning of ${CONSUMED_TOPICS.join(', ')}`);
      await ctx.services.ratings.start();
      did.push(`${at(t0)} ratings restarted: it consumes everything again`);
    });
    return { did, load, expect: { duplicatesOnKafka: true } };
  },
};

async function republishSome(oracle: Oracle, topic: string, share: number): Promise<{ copied: number; total: number }> {
  const offsets = await oracle.admin.fetchTopicOffsets(topic);
  const ends = new Map(offsets.map((o) => [o.partition, BigInt(o.high)]));
  const pending = new Set(offsets.filter((o) => BigInt(o.high) > BigInt(o.low)).map((o) => o.partition));
  type Copy = { key: Buffer | null; value: Buffer | null; headers: Record<string, Buffer | string> };
  const picked: Copy[] = [];
  let anyOne: Copy | undefined; // one message chosen uniformly (reservoir of one): copied when the share picked none
  let total = 0;
  if (pending.size > 0) {
    const groupId = `linli-chaos-copy-${Date.now()}`;
    const consumer = oracle.kafka.consumer({ groupId, maxWaitTimeInMs: 200 });
    await consumer.connect();
    let resolveDone: () => void = () => undefined;
    const done = new Promise<void>((r) => (resolveDone = r));
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        const end = ends.get(partition) ?? 0n;
        if (BigInt(message.offset) >= end) return;
        total++;
        const headers: Record<string, Buffer | string> = {};
        for (const [k, v] of Object.entries(message.headers ?? {})) if (v !== undefined && !Array.isArray(v)) headers[k] = v;
        const copy = { key: message.key, value: message.value, headers };
        if (Math.random() < 1 / total) anyOne = copy;
        if (Math.random() < share) picked.push(copy);
        if (BigInt(message.offset) + 1n >= end && pending.delete(partition) && pending.size === 0) resolveDone();
      },
    });
    await Promise.race([done, sleep(60_000, undefined, { ref: false })]);
    await consumer.disconnect();
    await oracle.admin.deleteGroups([groupId]).catch(() => undefined);
  }
  if (picked.length === 0 && anyOne !== undefined) picked.push(anyOne); // every non-empty topic gets at least one duplicate
  if (picked.length > 0) {
    const producer = oracle.kafka.producer();
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: picked });
    await producer.disconnect();
  }
  return { copied: picked.length, total };
}

const racingWriters: Scenario = {
  name: 'racing-writers',
  summary: 'eight writers race on one community stream, each command pinned to the revision it read (If-Match)',
  async run(ctx) {
    const did: string[] = [];
    const t0 = Date.now();
    const registered = await ctx.ledger.command(ctx.client, 'register-community', '/communities', { name: `Contested Estate ${Date.now()}`, address: '1 Race Road', households: 300, buildingCount: 4, communityUnitId: ctx.committee }, { retries: 3 });
    if (registered.id === undefined) throw new Error(`could not register the contested community (HTTP ${registered.status})`);
    const community = registered.id;
    const race = new Ledger(ctx.ledger.run);
    const stopAt = Date.now() + 12_000;
    let conflicts = 0;
    const writer = async () => {
      let revision = 0;
      for (let n = 0; n < 40 && Date.now() < stopAt; n++) {
        const toggle = revision % 2 === 0 ? ['designate-pilot', { designatedOn: '2023-03-01' }] : ['withdraw-pilot', { withdrawnOn: '2023-03-01', reason: 'rotation' }];
        const record = await race.command(ctx.client, String(toggle[0]), `/communities/${community}/${String(toggle[0])}`, toggle[1], { ifMatch: revision });
        if (record.outcome === 'acknowledged') revision++;
        else {
          if (record.status === 409) conflicts++;
          const current = await ctx.client.send('GET', `/communities/${community}`);
          revision = Number((current.etag ?? '"0"').replace(/\D/g, '') || 0);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, () => writer()));
    ctx.ledger.records.push(...race.records);
    const seconds = (Date.now() - t0) / 1000;
    const { rows } = await ctx.pool.query<{ n: string }>(`select count(*)::text n from "${ctx.oracle.schema}".linli_events where stream_name like $1`, [`%${community}`]);
    const c = race.counts();
    const stored = Number(rows[0]?.n ?? 0) - 1;
    did.push(`${race.records.length} pinned commands on community ${community}: ${c.acknowledged} won, ${conflicts} lost with 409, ${c.uncertain} uncertain; ${stored} events after its registration`);
    const checks: Check[] = [
      { name: 'every stored change was acknowledged to exactly one writer', ok: c.uncertain === 0 && stored === c.acknowledged, detail: `${stored} events stored after registration, ${c.acknowledged} acknowledged` },
      { name: 'the writers really raced', ok: conflicts > 0, detail: `${conflicts} conflicts (409)` },
    ];
    return { did, load: { sent: race.records.length, seconds, perSecond: race.records.length / seconds }, checks };
  },
};

const brokerRestart: Scenario = {
  name: 'broker-restart',
  summary: 'stop the Kafka broker during load with SIGTERM, start it, then kill it with SIGKILL and start it again',
  async run(ctx) {
    const did: string[] = [];
    const t0 = Date.now();
    const load = await runLoad(ctx.clients, ctx.ledger, ctx.committee, { ratePerSecond: 8, durationMs: 40_000, maxCommands: 500 }, async () => {
      for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
        await sleep(5_000);
        const pid = infra.pid('kafka');
        if (pid === null) throw new Error('the chaos Kafka broker is not running');
        const how = await stopProcess(pid, signal, 30_000);
        did.push(`${at(t0)} ${signal} to the broker (pid ${pid}): ${how}`);
        await sleep(3_000);
        await infra.up();
        did.push(`${at(t0)} broker started again and answering`);
      }
    });
    return { did, load };
  },
};

const postgresRestart: Scenario = {
  name: 'postgres-restart',
  summary: "pg_terminate_backend on the services' connections, then restart PostgreSQL; clients retry with the same Idempotency-Key",
  async run(ctx) {
    const did: string[] = [];
    const t0 = Date.now();
    const load = await runLoad(ctx.clients, ctx.ledger, ctx.committee, { ratePerSecond: 8, durationMs: 35_000, maxCommands: 400, retries: 8 }, async () => {
      await sleep(5_000);
      const { rows } = await ctx.pool.query<{ n: string }>("select count(*) filter (where pg_terminate_backend(pid))::text n from pg_stat_activity where usename = 'linli' and pid <> pg_backend_pid() and application_name not like 'linli-chaos%'");
      did.push(`${at(t0)} pg_terminate_backend: ${rows[0]?.n} connections of the services terminated`);
      await sleep(6_000);
      const pid = infra.pid('postgres');
      if (pid === null) throw new Error('the chaos PostgreSQL is not running');
      const how = await stopProcess(pid, 'SIGINT', 30_000);
      did.push(`${at(t0)} PostgreSQL stopped (fast shutdown, pid ${pid}: ${how})`);
      await sleep(2_000);
      await infra.up();
      did.push(`${at(t0)} PostgreSQL started again and answering`);
    });
    return { did, load };
  },
};

const mongoRestart: Scenario = {
  name: 'mongo-restart',
  summary: 'kill -9 the MongoDB-compatible server while the projections write, then start it again',
  async run(ctx) {
    const did: string[] = [];
    const t0 = Date.now();
    const load = await runLoad(ctx.clients, ctx.ledger, ctx.committee, { ratePerSecond: 8, durationMs: 25_000, maxCommands: 300, retries: 4 }, async () => {
      await sleep(5_000);
      const pid = infra.pid('mongodb');
      if (pid === null) throw new Error('the chaos FerretDB is not running');
      await stopProcess(pid, 'SIGKILL', 0);
      did.push(`${at(t0)} kill -9 FerretDB (pid ${pid})`);
      await sleep(4_000);
      await infra.up();
      did.push(`${at(t0)} FerretDB started again and answering`);
    });
    return { did, load };
  },
};

const pauseConsumer: Scenario = {
  name: 'pause-consumer',
  summary: 'SIGSTOP a ratings consumer past its session timeout while a second one runs, then SIGCONT it',
  async run(ctx) {
    const did: string[] = [];
    const t0 = Date.now();
    const second = new ServiceProcess('ratings', {}, 4105);
    await second.start();
    did.push(`${at(t0)} a second ratings instance joined group ${RATINGS_GROUP}`);
    try {
      const load = await runLoad(ctx.clients, ctx.ledger, ctx.committee, { ratePerSecond: 8, durationMs: 50_000, maxCommands: 500 }, async () => {
        await sleep(4_000);
        await ctx.services.ratings.signal('SIGSTOP');
        did.push(`${at(t0)} SIGSTOP ratings (pid ${ctx.services.ratings.pid}) for 40 s, past its session timeout: the group rebalances while it holds messages`);
        await sleep(40_000);
        await ctx.services.ratings.signal('SIGCONT');
        did.push(`${at(t0)} SIGCONT ratings`);
      });
      return { did, load };
    } finally {
      await second.signal('SIGTERM');
    }
  },
};

const killProjection: Scenario = {
  name: 'kill-projection',
  summary: 'kill -9 ratings while it catches up on a backlog (bulk writes in flight), then restart it',
  async run(ctx) {
    const did: string[] = [];
    const t0 = Date.now();
    await ctx.services.ratings.signal('SIGTERM');
    did.push(`${at(t0)} ratings stopped: a backlog builds`);
    const load = await runLoad(ctx.clients, ctx.ledger, ctx.committee, { ratePerSecond: 15, durationMs: 12_000, maxCommands: 300 });
    did.push(`${at(t0)} ${load.sent} commands behind ratings`);
    const catchingUp = ctx.services.ratings.start();
    for (const deadline = Date.now() + 60_000; ctx.services.ratings.pid === undefined && Date.now() < deadline; ) await sleep(50);
    await sleep(5_000);
    await ctx.services.ratings.signal('SIGKILL');
    await catchingUp.catch(() => undefined);
    did.push(`${at(t0)} kill -9 ratings 5 s after its start, in the middle of catching up`);
    await ctx.services.ratings.start();
    did.push(`${at(t0)} ratings restarted`);
    return { did, load };
  },
};

const rebuildDuringLoad: Scenario = {
  name: 'rebuild',
  summary: 'rebuild a ratings projection blue/green (linli projections rebuild) while load runs, then switch',
  async run(ctx) {
    const did: string[] = [];
    const t0 = Date.now();
    const load = await runLoad(ctx.clients, ctx.ledger, ctx.committee, { ratePerSecond: 8, durationMs: 25_000, maxCommands: 300 }, async () => {
      await sleep(3_000);
      for (const projection of ['ratings_units', 'ratings_community_rating']) {
        const child = spawn(process.execPath, ['tools/cli/linli.mjs', 'projections', 'rebuild', projection, '--page-size', '500'], { cwd: ROOT, env: { ...process.env, ...ENDPOINTS }, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (d: Buffer) => (output += d.toString()));
        child.stderr.on('data', (d: Buffer) => (output += d.toString()));
        const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
        const last = output.trim().split('\n').pop() ?? '';
        did.push(`${at(t0)} linli projections rebuild ${projection}: exit ${code}: ${last.slice(0, 200)}`);
        if (code !== 0) throw new Error(`the rebuild of ${projection} failed (exit ${code}):\n${output.slice(-1500)}`);
      }
    });
    return { did, load };
  },
};

const poison: Scenario = {
  name: 'poison',
  summary: "a poison message parks its key with the key's later messages while the rest flows; skipping it and retrying the key converges",
  async run(ctx) {
    const did: string[] = [];
    const t0 = Date.now();
    const registered = await ctx.ledger.command(ctx.client, 'register-community', '/communities', { name: `Poisoned Estate ${Date.now()}`, address: '13 Poison Lane', households: 130, buildingCount: 3, communityUnitId: ctx.committee }, { retries: 3 });
    if (registered.id === undefined) throw new Error(`could not register the poisoned community (HTTP ${registered.status})`);
    const key = registered.id;
    await ctx.oracle.quiet();
    const producer = ctx.oracle.kafka.producer();
    await producer.connect();
    await producer.send({ topic: ORGANIZATIONS_TOPIC, acks: -1, messages: [{ key, value: '{"specversion":"1.0","type":"organizations.PilotDesignated.v1","data":' }] });
    await producer.disconnect();
    did.push(`${at(t0)} produced a message that is not JSON on ${ORGANIZATIONS_TOPIC} with key ${key} (the community's)`);
    const later = await ctx.ledger.command(ctx.client, 'designate-pilot', `/communities/${key}/designate-pilot`, { designatedOn: '2023-03-01' }, { retries: 3 });
    const load = await runLoad(ctx.clients, ctx.ledger, ctx.committee, { ratePerSecond: 8, durationMs: 10_000, maxCommands: 150 });
    await ctx.oracle.quiet();
    const parked = await ctx.pool.query<{ reason: string; n: string }>(`select reason, count(*)::text n from "${ctx.oracle.schema}".linli_parked where group_id = $1 and key = $2 and status = 'parked' group by reason order by reason`, [RATINGS_GROUP, key]);
    const byReason = Object.fromEntries(parked.rows.map((r) => [r.reason, Number(r.n)]));
    const others = await ctx.pool.query<{ n: string }>(`select count(*)::text n from "${ctx.oracle.schema}".linli_parked where group_id = $1 and key <> $2 and status = 'parked'`, [RATINGS_GROUP, key]);
    did.push(`${at(t0)} the community's later command (${later.outcome}) and ${load.sent} others sent; parked under the key: ${JSON.stringify(byReason)}; parked under other keys: ${others.rows[0]?.n}`);
    const checks: Check[] = [
      { name: 'the poison and its key’s later message are parked, nothing else', ok: byReason['invalid'] === 1 && (byReason['key-parked'] ?? 0) >= 1 && others.rows[0]?.n === '0', detail: JSON.stringify({ ...byReason, otherKeys: others.rows[0]?.n }) },
    ];
    const path = `/dead-letters/${RATINGS_GROUP}/${encodeURIComponent(key)}`;
    const skipped = await ctx.ratingsClient.send('POST', `${path}/skip`, { reason: 'chaos: poison message, not JSON' });
    did.push(`${at(t0)} operator skipped the poison: HTTP ${skipped.status} ${JSON.stringify(skipped.body).slice(0, 160)}`);
    const retried = await ctx.ratingsClient.send('POST', `${path}/retry`, { reason: 'chaos: the poison is skipped' });
    did.push(`${at(t0)} operator retried the key: HTTP ${retried.status} ${JSON.stringify(retried.body).slice(0, 200)}`);
    checks.push({ name: 'skip and retry answered', ok: skipped.status === 200 && retried.status === 200 && retried.body['keyUnparked'] === true, detail: `skip ${skipped.status}, retry ${retried.status}, keyUnparked ${String(retried.body['keyUnparked'])}` });
    return { did, load, checks };
  },
};

/** No fault: the oracle alone on whatever the stack holds (with --reuse: checks a stack left by --keep). Not part of the full run. */
export const verifyOnly: Scenario = {
  name: 'verify',
  summary: 'no fault, no load: the oracle alone (e.g. `--reuse verify` after a run with --keep)',
  run: async () => ({ did: ['nothing'] }),
};

export const SCENARIOS: readonly Scenario[] = [verifyOnly, killService, killRelay, duplicateDelivery, racingWriters, brokerRestart, postgresRestart, mongoRestart, pauseConsumer, killProjection, rebuildDuringLoad, poison];
/** The short suite of `npm test`: three scenarios, a few minutes. */
export const SHORT: readonly string[] = ['kill-service', 'kill-relay', 'duplicates'];

export { say };
