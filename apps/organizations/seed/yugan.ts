// Seeds the Yugan County demo through the organizations service's own API:
//   npx tsx apps/organizations/seed/yugan.ts [--url http://127.0.0.1:3001] [--seed 42] [--concurrency 16]
// Deterministic for a seed (ids and Idempotency-Keys derive from it), so running it again records
// nothing new. Writes the ids it created to .linli/seed/organizations.json for other seeds.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Random } from './random.js';
import { inParallel, SeedClient } from './seed-client.js';
import { planBodies, planMembers, planReceptionDays } from './yugan-people.js';
import { planCounty, type UnitPlan } from './yugan-plan.js';
import { seedPeople } from './yugan-people-commands.js';

const { values } = parseArgs({ options: { url: { type: 'string', default: 'http://127.0.0.1:3001' }, seed: { type: 'string', default: '42' }, concurrency: { type: 'string', default: '16' } } });
const seed = Number(values.seed);
const concurrency = Number(values.concurrency);
if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(concurrency) || concurrency < 1) throw new Error('--seed and --concurrency must be integers');

const random = new Random(seed);
const county = planCounty(seed, random);
const bodies = planBodies(seed, random, county);
const members = planMembers(seed, random, county);
const receptionDays = planReceptionDays(seed, random, county, members);
const client = new SeedClient(values.url, `yugan-${seed}`);
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

console.log(`Seeding Yugan County (seed ${seed}) through ${values.url}, ${concurrency} requests in flight`);
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

const seconds = (Date.now() - started) / 1000;
const output = {
  seed,
  url: values.url,
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
const file = new URL('../../../.linli/seed/organizations.json', import.meta.url);
mkdirSync(new URL('.', file), { recursive: true });
writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`);
console.log(`Done in ${seconds.toFixed(1)} s: ${client.requests} requests; ids written to .linli/seed/organizations.json`);
