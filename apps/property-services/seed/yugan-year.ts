// Demo data for property services in Yugan County: companies, contracts reaching full coverage
// during the year, monthly fees, a year of ledger entries and quarterly statements (some late),
// all through the HTTP API. Deterministic for a --seed and window, and safe to run again.
//
//   npx tsx apps/property-services/seed/yugan-year.ts [--url http://127.0.0.1:3003] [--seed 42] [--until YYYY-MM] [--concurrency 8]
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { businessDateOf } from '@linli/property-services-domain';
import { nameBasedUuid } from '../src/application/aggregate-ids.js';
import { contractsPlan } from './contracts-plan.js';
import { ledgerPlan } from './ledger-plan.js';
import type { SeedCommunity, SeedWindow, Step } from './plan.js';
import { addMonths } from './random.js';
import { runGroups, send, type Tally } from './seed-runner.js';
import { yuganCompanies } from './yugan-companies.js';

const PILOTS = ['Qianyue No. 1', 'Central Capital', 'Yingbin Garden', 'Teacher New Village', 'Xinjiang Mingdu', 'Yuting Yayuan', 'Donghu Lijing', 'Golden Home', 'Kangju Estate', 'Fengze Court', 'Shuxiang Mendi'];
const ORGANIZATIONS_SEED = new URL('../../../.linli/seed/organizations.json', import.meta.url);

const { values } = parseArgs({
  options: { url: { type: 'string', default: 'http://127.0.0.1:3003' }, seed: { type: 'string', default: '42' }, until: { type: 'string' }, concurrency: { type: 'string', default: '8' } },
});
const url = (values.url ?? '').replace(/\/$/, '');
const seed = Number(values.seed);
const today = businessDateOf(new Date().toISOString());
const until = values.until ?? today.slice(0, 7);
if (!Number.isSafeInteger(seed)) fail(`--seed must be a whole number, not ${values.seed}`);
if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(until) || until > today.slice(0, 7)) fail(`--until must be a month YYYY-MM not after ${today.slice(0, 7)}`);
const window: SeedWindow = { months: Array.from({ length: 12 }, (_, i) => addMonths(until, i - 11)), today };

const communities = loadCommunities();
const companies = yuganCompanies(seed);
console.log(`Yugan property services, seed ${seed}: ${communities.length} communities, ${companies.length} companies, ${window.months[0]}..${until} (today ${today}) → ${url}`);

const tally: Tally = { accepted: 0, failed: 0 };
const started = Date.now();
const county = { id: 'county-officer-seed', role: 'county_officer' as const, unit: 'yugan-county' };
for (const [i, company] of companies.entries()) {
  await send(url, { method: 'POST', path: '/companies', body: company, key: `yugan-${seed}-company-${i}`, actor: county }, tally);
}
console.log(`  companies registered (${companies.length})`);

const groups = communities.map((community, index) => {
  const context = { seed, index, community, window };
  const { steps, served } = contractsPlan(context, companies);
  return { name: community.name, steps: [...steps, ...ledgerPlan(context, served)] };
});
await runGroups(url, groups, Math.max(1, Number(values.concurrency) || 8), tally);

// At the year-end inspection the county suspends one company: it keeps the contracts it has,
// but may sign or renew none until reinstated.
const suspended = companies[companies.length - 1];
if (suspended) {
  const suspension: Step = { method: 'POST', path: `/companies/${suspended.companyId}/suspension`, body: { reason: 'fire exits found blocked at two estates during the year-end inspection' }, key: `yugan-${seed}-suspension`, actor: county };
  await send(url, suspension, tally);
}

const coverage = (await (await fetch(`${url}/coverage?date=${today}&limit=1`)).json()) as { covered?: number; uncovered?: number; communitiesSeen?: number };
console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${tally.accepted} commands accepted, ${tally.failed} refused.`);
console.log(`Coverage on ${today} (read model, may trail by a moment): ${coverage.covered}/${coverage.communitiesSeen} communities covered.`);
if (tally.failed > 0) process.exitCode = 1;

function loadCommunities(): SeedCommunity[] {
  if (existsSync(ORGANIZATIONS_SEED)) {
    const { communities: listed } = JSON.parse(readFileSync(ORGANIZATIONS_SEED, 'utf8')) as { communities: SeedCommunity[] };
    console.log(`Communities from ${ORGANIZATIONS_SEED.pathname}`);
    return listed;
  }
  console.log('No .linli/seed/organizations.json: making up 89 communities (run the organizations seed first to share its ids)');
  return Array.from({ length: 89 }, (_, i) => ({
    id: nameBasedUuid(`yugan seed ${seed} community ${i}`),
    name: PILOTS[i] ?? `Residential community No. ${i + 1}`,
    pilot: i < PILOTS.length,
  }));
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
