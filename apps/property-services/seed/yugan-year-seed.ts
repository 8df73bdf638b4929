// Demo data for property services in Yugan County: companies, contracts reaching full coverage
// during the year, monthly fees, a year of ledger entries and quarterly statements (some late),
// all through the HTTP API. Deterministic for a seed and window, and safe to run again. Used by the
// CLI (yugan-year.ts) and `npm run demo`.
import { existsSync, readFileSync } from 'node:fs';
import { businessDateOf } from '@linli/property-services-domain';
import { getJson } from '@linli/seed-kit';
import { nameBasedUuid } from '../src/application/aggregate-ids.js';
import { contractsPlan } from './contracts-plan.js';
import { ledgerPlan } from './ledger-plan.js';
import type { SeedCommunity, SeedWindow, Step } from './plan.js';
import { addMonths } from './random.js';
import { runGroups, send, type Tally } from './seed-runner.js';
import { yuganCompanies } from './yugan-companies.js';

const PILOTS = ['Qianyue No. 1', 'Central Capital', 'Yingbin Garden', 'Teacher New Village', 'Xinjiang Mingdu', 'Yuting Yayuan', 'Donghu Lijing', 'Golden Home', 'Kangju Estate', 'Fengze Court', 'Shuxiang Mendi'];
const ORGANIZATIONS_SEED = new URL('../../../.linli/seed/organizations.json', import.meta.url);

export interface PropertySeedOptions {
  readonly url: string;
  readonly seed: number;
  readonly concurrency: number;
  /** The last month played, YYYY-MM, not after this month (default: this month). */
  readonly until?: string;
  /** How many years end at `until` (default 1). */
  readonly years?: number;
  /** The communities; by default those the organizations seed wrote, else 89 made up. */
  readonly communities?: readonly SeedCommunity[];
}

/** The property seed's result: commands accepted and refused, and coverage as the read model saw it. */
export interface PropertySeeded extends Tally {
  readonly covered: number | undefined;
  readonly communitiesSeen: number | undefined;
}

export async function seedPropertyServices(options: PropertySeedOptions): Promise<PropertySeeded> {
  const { seed, years = 1 } = options;
  const url = options.url.replace(/\/$/, '');
  const today = businessDateOf(new Date().toISOString());
  const until = options.until ?? today.slice(0, 7);
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be a whole number, not ${seed}`);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(until) || until > today.slice(0, 7)) throw new Error(`until must be a month YYYY-MM not after ${today.slice(0, 7)}, not ${until}`);
  const window: SeedWindow = { months: Array.from({ length: 12 * years }, (_, i) => addMonths(until, i - (12 * years - 1))), today };

  const communities = options.communities ?? loadCommunities(seed);
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
  await runGroups(url, groups, Math.max(1, options.concurrency), tally);

  // At the year-end inspection the county suspends one company: it keeps the contracts it has,
  // but may sign or renew none until reinstated.
  const suspended = companies[companies.length - 1];
  if (suspended) {
    const suspension: Step = { method: 'POST', path: `/companies/${suspended.companyId}/suspension`, body: { reason: 'fire exits found blocked at two estates during the year-end inspection' }, key: `yugan-${seed}-suspension`, actor: county };
    await send(url, suspension, tally);
  }

  const coverage = await getJson<{ covered?: number; communitiesSeen?: number }>(`${url}/coverage?date=${today}&limit=1`);
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${tally.accepted} commands accepted, ${tally.failed} refused.`);
  console.log(`Coverage on ${today} (read model, may trail by a moment): ${coverage.covered}/${coverage.communitiesSeen} communities covered.`);
  return { ...tally, covered: coverage.covered, communitiesSeen: coverage.communitiesSeen };
}

function loadCommunities(seed: number): SeedCommunity[] {
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
