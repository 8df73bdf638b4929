// `npm run bench -- peer [--quick]`: our PostgreSQL event store side by side with Emmett's
// (@event-driven-io/emmett-postgresql) on the same database in the same run: the same events
// appended by the same writers (single events, 32 writers; 100-event batches, 8 writers), then a
// catch-up read of each one's whole log; ratio = ours ÷ peer (above 1: ours is faster).
import { cpus, loadavg } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createPostgresEventStore } from '@linli/event-store';
import pg from 'pg';
import { appendThroughput } from '../event-store/appends.js';
import { catchUpThroughput } from '../event-store/catch-up.js';
import { compare } from '../event-store/compare.js';
import { emmettPeer, inSchema } from './emmett.js';

const quick = process.argv.includes('--quick');
// Default sizes keep this benchmark near a minute on a quiet 2-core box (it took ~3 with 3,000
// singles and 100 batches a chunk when the machine was busy): Emmett's catch-up (~5,000 events/s
// here) over the whole log, three rounds, is most of it, so the log is ~56,000 events.
const SIZES = quick
  ? { chunks: 2, writers: 32, singles: 500, batchWriters: 8, batches: 10, page: 1_000 }
  : { chunks: 6, writers: 32, singles: 2_000, batchWriters: 8, batches: 60, page: 1_000 };
const url = process.env['DATABASE_URL'] ?? '';
if (!url) throw new Error('DATABASE_URL is not set: run through `npm run bench` (it starts the servers)');
const id = Date.now().toString(36);
const ours = `bench_peer_ours_${id}`;
const theirs = `bench_peer_emmett_${id}`;
const admin = new pg.Pool({ connectionString: url, max: 2 });
await admin.query(`CREATE SCHEMA "${theirs}"`);
const pool = new pg.Pool({ connectionString: url, max: SIZES.writers + 2 });
const store = await createPostgresEventStore({ pool, schema: ours });
const peer = await emmettPeer(inSchema(url, theirs), SIZES.writers);
const fmt = (n: number) => Math.round(n).toLocaleString('en');

try {
  const { writers, singles, batchWriters, batches, chunks } = SIZES;
  const results = [
    await compare(`single-event appends, ${writers} writers`, 'events/s', {}, chunks, (c) => appendThroughput(store, `single-${c}`, writers, singles, 1), (c) => peer.appends(`single-${c}`, writers, singles, 1)),
    await compare(`100-event batch appends, ${batchWriters} writers`, 'events/s', {}, chunks, (c) => appendThroughput(store, `batch-${c}`, batchWriters, batches, 100), (c) => peer.appends(`batch-${c}`, batchWriters, batches, 100)),
  ];
  const stored = Number((await admin.query(`SELECT count(*) AS n FROM "${ours}".linli_events`)).rows[0].n);
  const theirsStored = Number((await admin.query(`SELECT count(*) AS n FROM "${theirs}".emt_messages`)).rows[0].n);
  results.push(await compare(`catch-up read of the whole log (${fmt(stored)} / ${fmt(theirsStored)} events)`, 'events/s', {}, quick ? 1 : 3, () => catchUpThroughput(store, stored), () => peer.catchUp(theirsStored, SIZES.page)));
  console.log(`\n${'measure'.padEnd(58)} ${'linli'.padStart(16)} ${'Emmett'.padStart(16)}  ratio (ours ÷ peer)`);
  for (const r of results) console.log(`${r.name.padEnd(58)} ${`${fmt(r.library)} ${r.unit}`.padStart(16)} ${`${fmt(r.raw)} ${r.unit}`.padStart(16)}  ${r.ratio.toFixed(2)}×`);
  if (quick) console.log('--quick: tiny sizes for a smoke test; the figures are not a measurement');
  mkdirSync('bench-results', { recursive: true });
  const file = 'bench-results/peer.json';
  const measures = results.map(({ name, unit, library, raw, ratio, rounds }) => ({ name, unit, ours: Math.round(library), emmett: Math.round(raw), ratioOursToPeer: Number(ratio.toFixed(3)), rounds: { ours: rounds.library, emmett: rounds.raw } }));
  writeFileSync(file, `${JSON.stringify({ benchmark: 'peer', peer: '@event-driven-io/emmett-postgresql 0.42.0', ranAt: new Date().toISOString(), quick, sizes: SIZES, cpus: cpus().length, loadAverageAtStart: loadavg()[0], measures }, null, 2)}\n`);
  console.log(`wrote ${file}`);
} finally {
  await peer.close();
  await store.close();
  await pool.end();
  await admin.query(`DROP SCHEMA IF EXISTS "${ours}" CASCADE`);
  await admin.query(`DROP SCHEMA IF EXISTS "${theirs}" CASCADE`);
  await admin.end();
}
