// Demo data for property services in Yugan County (see yugan-year-seed.ts), through the HTTP API.
// Deterministic for a --seed and window, and safe to run again. `npm run demo` plays it too.
//
//   npx tsx apps/property-services/seed/yugan-year.ts [--url http://127.0.0.1:3003] [--seed 42] [--until YYYY-MM] [--concurrency 8] [--years 1]
import { parseArgs } from 'node:util';
import { seedPropertyServices } from './yugan-year-seed.js';

const { values } = parseArgs({
  options: { url: { type: 'string', default: 'http://127.0.0.1:3003' }, seed: { type: 'string', default: '42' }, until: { type: 'string' }, concurrency: { type: 'string', default: '8' }, years: { type: 'string', default: '1' } },
});
const [seed, concurrency, years] = [Number(values.seed), Number(values.concurrency), Number(values.years)];
if (!Number.isSafeInteger(seed)) fail(`--seed must be a whole number, not ${values.seed}`);
if (!Number.isSafeInteger(concurrency) || concurrency < 1) fail(`--concurrency must be a whole number ≥ 1, not ${values.concurrency}`);
if (!Number.isSafeInteger(years) || years < 1) fail(`--years must be a whole number ≥ 1, not ${values.years}`);
try {
  const result = await seedPropertyServices({ url: values.url ?? 'http://127.0.0.1:3003', seed, concurrency, years, ...(values.until !== undefined && { until: values.until }) });
  if (result.failed > 0) process.exitCode = 1;
} catch (error) {
  fail((error as Error).message);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
