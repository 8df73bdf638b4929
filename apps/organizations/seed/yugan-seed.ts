// The Yugan County organisation tree, its people and self-governing bodies, played through the
// organizations service's own API. Deterministic for a seed (ids and Idempotency-Keys derive from
// it), so running it again records nothing new. Used by the CLI (yugan.ts) and `npm run demo`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Random } from './random.js';
import { inParallel, SeedClient } from './seed-client.js';
import { BRANCHES, planCounty, type UnitPlan } from './yugan-plan.js';
import { planBodies, planMembers, planReceptionDays } from './yugan-people.js';
import { seedPeople } from './yugan-people-commands.js';

export interface OrganizationsSeedOptions {
  readonly url: string;
  readonly seed: number;
  readonly concurrency: number;
  /** Residential-community branches (89 in the article); the estates, members and groups scale with it. */
  readonly branches?: number;
}

/** What the seed created, as written to .linli/seed/organizations.json for the other seeds. */
export interface OrganizationsSeeded {
  readonly seed: number;
  readonly url: string;
  readonly communities: readonly { id: string; name: string; communityUnitId: string; branchUnitId: string | null; pilot: boolean; households: number }[];
  readonly [more: string]: unknown;
}

export const ORGANIZATIONS_SEED_FILE = new URL('../../../.linli/seed/organizations.json', import.meta.url);

export async function seedOrganizations({ url, seed, concurrency, branches = BRANCHES }: OrganizationsSeedOptions): Promise<OrganizationsSeeded> {
  const random = new Random(seed);
  const county = planCounty(seed, random, branches);
  const bodies = planBodies(seed, random, county);
  const members = planMembers(seed, random, county, branches / BRANCHES);
  const receptionDays = planReceptionDays(seed, random, county, members);
  const client = new SeedClient(url, `yugan-${seed}`);
  const started = Date.now();

  const establish = (unit: UnitPlan) =>
    client.command('POST', '/org-units', unit.key, {
      id: unit.id,
      type: unit.type,
      name: unit.name,
      parentId: unit.parentId,
      effectiveFrom: unit.effectiveFrom,
      ...(unit.formation ? { formation: unit.formation, servedCommunityIds: unit.servedCommunityIds } : {}),
    });

  console.log(`Seeding Yugan County (seed ${seed}) through ${url}, ${concurrency} requests in flight`);
  await client.ready();
  for (const unit of county.top) await establish(unit);
  console.log('  city, county and working committee');
  await inParallel('community organisations', county.communityOrganisations, concurrency, establish);
  const upgrades = county.communityOrganisations.filter((unit) => unit.upgrade);
  await inParallel('upgrades to committees', upgrades, concurrency, (unit) => client.command('POST', `/org-units/${unit.id}/upgrade`, `${unit.key}:upgrade`, unit.upgrade ?? {}));
  await inParallel('residential communities', county.estates, concurrency, (estate) =>
    client.command('POST', '/communities', estate.key, { id: estate.id, name: estate.name, address: estate.address, households: estate.households, buildingCount: estate.buildingCount, communityUnitId: estate.communityUnitId }),
  );
  await inParallel('residential-community branches', county.branches, concurrency, establish);
  await inParallel('building party groups', county.buildingGroups, concurrency, establish);
  await seedPeople(client, concurrency, county, bodies, members, receptionDays);

  const output: OrganizationsSeeded = {
    seed,
    url,
    units: {
      city: county.top[0]?.id,
      county: county.top[1]?.id,
      workingCommittee: county.top[2]?.id,
      communityOrganisations: county.communityOrganisations.map(({ id, name }) => ({ id, name })),
      branches: county.branches.map(({ id, name, formation, servedCommunityIds }) => ({ id, name, formation, servedCommunityIds })),
      buildingGroups: county.buildingGroups.map(({ id, parentId }) => ({ id, branchId: parentId })),
    },
    communities: county.estates.map((estate) => ({ id: estate.id, name: estate.name, communityUnitId: estate.communityUnitId, branchUnitId: estate.branch?.id ?? null, pilot: estate.pilot, households: estate.households })),
    members: members.map((member) => ({ id: member.id, communityId: member.estate.id, rank: member.rank })),
    receptionDays: receptionDays.map((day) => ({ id: day.id, communityId: day.estate.id, held: day.held !== null })),
  };
  mkdirSync(new URL('.', ORGANIZATIONS_SEED_FILE), { recursive: true });
  writeFileSync(ORGANIZATIONS_SEED_FILE, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${client.requests} requests; ids written to .linli/seed/organizations.json`);
  return output;
}
