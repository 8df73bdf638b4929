import type { BranchFormation, UnitType } from '@linli/organizations-domain';
import { nameBasedUuid } from '../src/application/name-based-uuid.js';
import { addDays, dateBetween, Random } from './random.js';
import { communityNames, estatePrefixes, estateSuffixes, pilotEstates, roads } from './yugan-names.js';

// The shape of the county: the party ladder and the estates, all derived from the seed. People
// (members, committees, reception days) are planned in yugan-people.ts on top of this.

export interface UnitPlan {
  readonly key: string;
  readonly id: string;
  readonly type: UnitType;
  readonly name: string;
  readonly parentId: string | null;
  readonly effectiveFrom: string;
  readonly formation?: BranchFormation;
  readonly servedCommunityIds?: readonly string[];
  /** A community organisation established as a general branch and upgraded to a committee later. */
  readonly upgrade?: { readonly toType: UnitType; readonly effectiveFrom: string };
}

export interface EstatePlan {
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly address: string;
  readonly households: number;
  readonly buildingCount: number;
  readonly communityUnitId: string;
  readonly pilot: boolean;
  /** Set once its branch is planned. */
  branch?: UnitPlan;
}

export interface CountyPlan {
  readonly top: readonly UnitPlan[];
  readonly communityOrganisations: readonly UnitPlan[];
  readonly estates: readonly EstatePlan[];
  readonly branches: readonly UnitPlan[];
  readonly buildingGroups: readonly UnitPlan[];
}

export const BRANCHES = 89;
const JOINT_BRANCHES = 6;
const UPGRADED_ORGANISATIONS = 2;

/**
 * The Yugan County tree of the article: 10 community organisations, 95 estates, 89 branches (6 joint).
 * `branches` scales the county (the demo's --communities); joint branches and pilots scale with it.
 */
export function planCounty(seed: number, random: Random, branches = BRANCHES): CountyPlan {
  const unit = (key: string, plan: Omit<UnitPlan, 'key' | 'id'>): UnitPlan => ({ key, id: nameBasedUuid(`yugan:${seed}:${key}`), ...plan });
  const city = unit('city', { type: 'city_party_committee', name: '中共上饶市委 Shangrao Municipal Party Committee', parentId: null, effectiveFrom: '2000-01-01' });
  const county = unit('county', { type: 'county_party_committee', name: '中共余干县委 Yugan County Party Committee', parentId: city.id, effectiveFrom: '2000-01-01' });
  const working = unit('working-committee', {
    type: 'urban_community_party_working_committee',
    name: '余干县城市社区党工委（管委会） Yugan Urban Community Party Working Committee',
    parentId: county.id,
    effectiveFrom: '2021-03-01',
  });
  const organisations = communityNames.map(([en, zh], index) =>
    unit(`community-${index + 1}`, {
      type: index < UPGRADED_ORGANISATIONS ? 'community_party_general_branch' : 'community_party_committee',
      name: `${zh}社区党委 ${en} Community Party Committee`,
      parentId: working.id,
      effectiveFrom: '2021-04-01',
      ...(index < UPGRADED_ORGANISATIONS ? { upgrade: { toType: 'community_party_committee' as const, effectiveFrom: '2022-01-01' } } : {}),
    }),
  );
  const joint = Math.round((branches * JOINT_BRANCHES) / BRANCHES);
  const estates = planEstates(seed, random, organisations, branches + joint);
  const branchUnits = planBranches(random, estates, unit, joint);
  const buildingGroups = branchUnits.flatMap((branch, b) => {
    const buildings = estates.filter((estate) => estate.branch === branch).reduce((sum, estate) => sum + estate.buildingCount, 0);
    return Array.from({ length: Math.min(buildings, random.int(2, 5)) }, (_, g) =>
      unit(`branch-${b + 1}-group-${g + 1}`, { type: 'building_party_group', name: `${g + 1}号楼栋党小组 Building ${g + 1} Party Group`, parentId: branch.id, effectiveFrom: addDays(branch.effectiveFrom, random.int(15, 120)) }),
    );
  });
  return { top: [city, county, working], communityOrganisations: organisations, estates, branches: branchUnits, buildingGroups };
}

function planEstates(seed: number, random: Random, organisations: readonly UnitPlan[], count: number): EstatePlan[] {
  const pilots = pilotEstates.slice(0, Math.min(pilotEstates.length, count));
  const used = new Set(pilots.map(([en]) => en));
  const names: (readonly [string, string, boolean])[] = pilots.map(([en, zh]) => [en, zh, true] as const);
  const combinations = estatePrefixes.length * estateSuffixes.length;
  while (names.length < count) {
    const [pen, pzh] = random.pick(estatePrefixes);
    const [sen, szh] = random.pick(estateSuffixes);
    // A county larger than the name list numbers its estates once every combination is taken.
    const number = used.size >= combinations ? ` ${names.length + 1}` : '';
    if (used.has(`${pen} ${sen}${number}`)) continue;
    used.add(`${pen} ${sen}${number}`);
    names.push([`${pen} ${sen}${number}`, `${pzh}${szh}${number}`, false]);
  }
  const order = random.shuffle(names.map((_, index) => index));
  return names.map(([en, zh, pilot], index) => {
    const households = pilot ? random.int(600, 1600) : random.int(120, 1200);
    return {
      key: `estate-${index + 1}`,
      id: nameBasedUuid(`yugan:${seed}:estate-${index + 1}`),
      name: `${zh} ${en}`,
      address: `${random.int(1, 300)} ${random.pick(roads)}, Yuting Town, Yugan County`,
      households,
      buildingCount: Math.max(2, Math.min(40, Math.round(households / 50) + random.int(-2, 2))),
      communityUnitId: (organisations[(order[index] ?? 0) % organisations.length] as UnitPlan).id,
      pilot,
    };
  });
}

/** One standalone branch per estate, except `jointCount` (six in the article) joint branches for two small estates under the same organisation. */
function planBranches(random: Random, estates: EstatePlan[], unit: (key: string, plan: Omit<UnitPlan, 'key' | 'id'>) => UnitPlan, jointCount: number): UnitPlan[] {
  const pairs: EstatePlan[][] = [];
  const paired = new Set<EstatePlan>();
  for (const estate of estates) {
    if (pairs.length === jointCount || estate.pilot || paired.has(estate)) continue;
    const partner = estates.find((other) => other !== estate && !other.pilot && !paired.has(other) && other.communityUnitId === estate.communityUnitId);
    if (partner === undefined) continue;
    pairs.push([estate, partner]);
    paired.add(estate).add(partner);
  }
  const groups = [...pairs, ...estates.filter((estate) => !paired.has(estate)).map((estate) => [estate])];
  return groups.map((served, index) => {
    const joint = served.length > 1;
    const names = served.map((estate) => estate.name.split(' ')[0]).join('、');
    const branch = unit(`branch-${index + 1}`, {
      type: 'residential_community_party_branch',
      name: `${names}${joint ? '联建' : ''}小区党支部 ${served.map((estate) => estate.name.slice(estate.name.indexOf(' ') + 1)).join(' & ')} ${joint ? 'Joint ' : ''}Party Branch`,
      parentId: (served[0] as EstatePlan).communityUnitId,
      formation: joint ? 'joint' : 'standalone',
      servedCommunityIds: served.map((estate) => estate.id),
      effectiveFrom: dateBetween(random, '2021-05-01', '2022-06-30'),
    });
    for (const estate of served) estate.branch = branch;
    return branch;
  });
}
