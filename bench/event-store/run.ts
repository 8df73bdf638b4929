// Event store benchmark: the PostgreSQL adapter against plain node-postgres on the same database,
// in the same run. `npx tsx bench/event-store/run.ts [--quick]` (`npm run bench -- event-store`).
import { cpus } from 'node:os';
import { createPostgresEventStore } from '@linli/event-store';
import pg from 'pg';
import { appendThroughput, rawInsertThroughput } from './appends.js';
import { catchUpThroughput, rawCursorThroughput } from './catch-up.js';
import { compare } from './compare.js';
import { createScratchTable, databaseUrl, dropSchema, durabilitySettings } from './database.js';
import { allTargetsMet, type Comparison, printTable, writeJson } from './report.js';

const quick = process.argv.includes('--quick');
// Work is split into chunks that alternate between the two sides, so load from anything else on
// the machine (a 2-core CI box runs other jobs) falls on both alike.
const SIZES = quick
  ? { chunks: 2, writers: 32, singles: 1_000, batchWriters: 8, batches: 20, catchUpRounds: 1 }
  : // 8 chunks (was 12): the ratio is the median of per-chunk ratios, as steady with 8; it took a
    // third off this benchmark's 2.5-5 minutes (the suite's budget is 15), and the catch-up log
    // (~230,000 events) stays long enough for a steady rate.
    { chunks: 8, writers: 32, singles: 3_000, batchWriters: 8, batches: 200, catchUpRounds: 3 };

const url = databaseUrl();
const schema = `bench_es_${Date.now().toString(36)}`;
// Both sides get as many connections as writers (the store two more, for its NOTIFYs).
const pool = new pg.Pool({ connectionString: url, max: SIZES.writers });
const storePool = new pg.Pool({ connectionString: url, max: SIZES.writers + 2 });
const store = await createPostgresEventStore({ pool: storePool, schema });
// A second store that remembers no revisions: every exact expectation is checked in SQL, as for
// an append to a stream this process has never read or written.
const cold = await createPostgresEventStore({ pool: storePool, schema, revisionCacheSize: 0 });
const scratch = await createScratchTable(pool, schema);

try {
  const { writers, batchWriters, singles, batches, chunks } = SIZES;
  const results: Comparison[] = [
    await compare(`single-event appends, ${writers} writers`, 'appends/s', { ratio: 0.8 }, chunks,
      (c) => appendThroughput(store, `single-${c}`, writers, singles, 1),
      (c) => rawInsertThroughput(pool, scratch, `single-${c}`, writers, singles, 1)),
    await compare(`100-event batch appends, ${batchWriters} writers`, 'events/s', { ratio: 0.85, floor: 20_000 }, chunks,
      (c) => appendThroughput(store, `batch-${c}`, batchWriters, batches, 100),
      (c) => rawInsertThroughput(pool, scratch, `batch-${c}`, batchWriters, batches, 100)),
    await compare(`single-event appends, ${writers} writers, revision checked in SQL (no cache)`, 'appends/s', {}, chunks,
      (c) => appendThroughput(cold, `cold-${c}`, writers, singles, 1),
      (c) => rawInsertThroughput(pool, scratch, `cold-${c}`, writers, singles, 1)),
  ];
  const stored = Number((await pool.query(`SELECT count(*) AS n FROM "${schema}".linli_events`)).rows[0].n);
  results.push(
    await compare(`subscription catch-up over ${stored.toLocaleString('en')} events`, 'events/s', { floor: 50_000 }, SIZES.catchUpRounds,
      () => catchUpThroughput(store, stored),
      () => rawCursorThroughput(pool, schema)),
  );
  printTable(results);
  const settings = await durabilitySettings(pool);
  const file = writeJson(results, { quick, sizes: SIZES, cpus: cpus().length, postgres: settings });
  if (quick) console.log('--quick: tiny sizes for a smoke test; the figures are not a measurement');
  console.log(`postgres ${settings.server_version}: fsync=${settings.fsync}, synchronous_commit=${settings.synchronous_commit}; ${allTargetsMet(results) ? 'all targets met' : 'some targets MISSED'}; wrote ${file}`);
} finally {
  await store.close();
  await cold.close();
  await storePool.end();
  await dropSchema(pool, schema);
  await pool.end();
}
