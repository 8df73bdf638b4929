// `npx tsx bench/audit/run.ts [--quick]` (or `npm run bench -- audit` once registered): the rate
// of `linli audit verify` (re-read, re-hash, recompute the Merkle roots, compare with the notary's
// records and the signed checkpoints) against the raw rate of reading the same events from the
// store through the same port (readAll pages of the same size), alternating rounds in one run.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { notarize, PostgresAuditStore, verifyHistory } from '@linli/audit-postgres';
import { createPostgresEventStore, uuidv7, type NewEvent, type PostgresEventStore } from '@linli/event-store';
import pg from 'pg';

const quick = process.argv.includes('--quick');
// 50,000 events (ten pages of 5,000) a round: enough for a steady rate; 100,000 made this benchmark
// take ~1-3 minutes of the suite's 15.
const EVENTS = quick ? 10_000 : 50_000;
const PER_APPEND = 100;
const PAGE = 5_000;
const ROUNDS = quick ? 1 : 5;

const databaseUrl = process.env['DATABASE_URL'];
if (!databaseUrl) throw new Error('DATABASE_URL is not set: run `npm run infra:up` (or `npm run bench`)');

const schema = `bench_audit_${randomUUID().slice(0, 8).replaceAll('-', '')}`;
const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
const metadata = { occurredAt: '2025-12-01T08:00:00.000Z', actor: { id: 'grid-7', role: 'grid_worker', orgUnitId: 'community-12' }, correlationId: randomUUID(), causationId: randomUUID() };

/** Dispute-like events; every tenth carries an encrypted personal field as the store keeps it. */
function event(i: number): NewEvent {
  const reporter = i % 10 === 0 ? { $pii: { subject: `r-${i}`, iv: 'AAECAwQFBgcICQoL', tag: 'AAECAwQFBgcICQoLDA0ODw==', ct: 'c2VjcmV0LXZhbHVlLXdpdGgtc29tZS1sZW5ndGg=' } } : null;
  return { eventId: uuidv7(), type: 'disputes.DisputeReported', schemaVersion: 1, data: { disputeId: `d-${i}`, communityId: `c-${i % 40}`, category: 'noise', summary: 'late-night renovation noise reported by neighbours', reporter }, metadata };
}

async function seed(store: PostgresEventStore): Promise<void> {
  for (let i = 0; i < EVENTS; i += PER_APPEND) {
    await store.appendToStream(`dispute-${randomUUID().slice(0, 8)}`, Array.from({ length: PER_APPEND }, (_, k) => event(i + k)), { expected: 'no_stream' });
  }
  const last = (await store.readAll({ limit: 1 })).length;
  if (!last) throw new Error('seeded events are not readable');
}

async function rawRead(store: PostgresEventStore): Promise<number> {
  const started = performance.now();
  let count = 0;
  for (let from = 0n; ; ) {
    const page = await store.readAll({ fromPosition: from, limit: PAGE });
    if (page.length === 0) break;
    count += page.length;
    from = (page[page.length - 1] as (typeof page)[number]).globalPosition;
  }
  if (count !== EVENTS) throw new Error(`raw read saw ${count} events, expected ${EVENTS}`);
  return count / ((performance.now() - started) / 1000);
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function main(): Promise<void> {
  const store = await createPostgresEventStore({ pool, schema });
  try {
    const audit = await PostgresAuditStore.open(pool, schema);
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    await seed(store);
    while ((await store.headPosition()) === 0n) await new Promise((r) => setTimeout(r, 50));
    const notarized = await notarize({ store, audit, signingKey: privateKey, pageSize: PAGE });
    if (notarized.events !== EVENTS) throw new Error(`notarized ${notarized.events} events, expected ${EVENTS} (a long transaction in the cluster held some back?)`);
    const raw: number[] = [];
    const verify: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      raw.push(await rawRead(store));
      const report = await verifyHistory({ store, audit, publicKey, pageSize: PAGE });
      if (!report.ok || report.events !== EVENTS) throw new Error(`verify failed: ${JSON.stringify(report)}`);
      verify.push(report.eventsPerSecond);
    }
    const ratios = raw.map((r, i) => (verify[i] as number) / r);
    const result = {
      benchmark: 'audit',
      quick,
      events: EVENTS,
      pageSize: PAGE,
      rounds: ROUNDS,
      notarizeEventsPerSecond: Math.round(notarized.eventsPerSecond),
      checkpointsSigned: notarized.signed,
      rawReadEventsPerSecond: Math.round(median(raw)),
      verifyEventsPerSecond: Math.round(median(verify)),
      medianRatio: Number(median(ratios).toFixed(2)),
      roundsEventsPerSecond: { raw: raw.map(Math.round), verify: verify.map(Math.round) },
      baseline: 'EventStore.readAll pages of the same size over the same events (PostgreSQL adapter), alternating with verify',
      at: new Date().toISOString(),
    };
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/audit.json', `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await store.close();
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  }
}

await main();
