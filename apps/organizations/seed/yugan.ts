// Seeds the Yugan County demo through the organizations service's own API:
//   npx tsx apps/organizations/seed/yugan.ts [--url http://127.0.0.1:3001] [--seed 42] [--concurrency 16] [--branches 89]
// Deterministic for a seed, so running it again records nothing new. Writes the ids it created to
// .linli/seed/organizations.json for other seeds. `npm run demo` plays it with the other services' seeds.
import { parseArgs } from 'node:util';
import { seedOrganizations } from './yugan-seed.js';

const { values } = parseArgs({ options: { url: { type: 'string', default: 'http://127.0.0.1:3001' }, seed: { type: 'string', default: '42' }, concurrency: { type: 'string', default: '16' }, branches: { type: 'string', default: '89' } } });
const [seed, concurrency, branches] = [Number(values.seed), Number(values.concurrency), Number(values.branches)];
if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be a whole number, not ${values.seed}`);
if (!Number.isSafeInteger(concurrency) || concurrency < 1) throw new Error(`--concurrency must be a whole number ≥ 1, not ${values.concurrency}`);
if (!Number.isSafeInteger(branches) || branches < 1) throw new Error(`--branches must be a whole number ≥ 1, not ${values.branches}`);
await seedOrganizations({ url: values.url ?? 'http://127.0.0.1:3001', seed, concurrency, branches });
