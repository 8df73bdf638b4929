// A year of neighbourhood disputes in the Yugan communities, played through the disputes API with
// the business times of the past year. Deterministic for a seed and an end date; re-runs replay.
//   npx tsx apps/disputes/seed/yugan-year.ts [--url http://127.0.0.1:3002] [--seed 42] [--communities <file>] [--until YYYY-MM-DD] [--concurrency 8] [--years 1]
// `npm run demo` plays it after the organizations seed.
import { seedDisputes } from './yugan-year-seed.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(String(process.argv[i]).replace(/^--/, ''), String(process.argv[i + 1]));
const seed = Number(args.get('seed') ?? 42);
const concurrency = Number(args.get('concurrency') ?? 8);
const years = Number(args.get('years') ?? 1);
if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be a whole number, not ${args.get('seed')}`);
if (!Number.isSafeInteger(concurrency) || concurrency < 1) throw new Error(`--concurrency must be a whole number ≥ 1, not ${args.get('concurrency')}`);
if (!Number.isSafeInteger(years) || years < 1) throw new Error(`--years must be a whole number ≥ 1, not ${args.get('years')}`);
const result = await seedDisputes({
  url: args.get('url') ?? 'http://127.0.0.1:3002',
  seed,
  concurrency,
  years,
  communities: args.get('communities') ?? '.linli/seed/organizations.json',
  until: args.get('until') ?? new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
});
if (result.failed > 0) process.exitCode = 1;
