import { byStream, v1On } from './channel.js';
import { codes, date, id, idSet, nullableId, payload } from './schema-parts.js';
import { ORGANIZATIONS_TOPIC } from './topics.js';

// The party organisation tree. Units are keyed by their stream (a unit is not a community), so a
// unit's own events stay in order; which estates a branch serves is in its establishment. Names
// and reasons stay private.

const v1 = v1On({ topic: ORGANIZATIONS_TOPIC, source: '/linli/organizations' });

/** The ladder, top to bottom (市委 → … → 楼栋党小组); codes are added, never renamed. */
export const UNIT_TYPES = [
  'city_party_committee',
  'county_party_committee',
  'urban_community_party_working_committee',
  'community_party_committee',
  'community_party_general_branch',
  'community_party_branch',
  'residential_community_party_branch',
  'building_party_group',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** How a residential-community branch is set up: for one estate (独建) or jointly for several (联建). */
export const BRANCH_FORMATIONS = ['standalone', 'joint'] as const;

export interface UnitEstablishedV1 {
  unitId: string;
  unitType: UnitType;
  parentUnitId: string | null;
  /** Set for residential-community branches only. */
  formation: (typeof BRANCH_FORMATIONS)[number] | null;
  /** The estates a residential-community branch serves; empty for every other unit (a building group's estate is its parent branch's). */
  servedCommunityIds: string[];
  effectiveFrom: string;
}

/** A unit of the party organisation tree was set up. */
export const unitEstablishedV1 = v1<UnitEstablishedV1>({
  type: 'cn.linli.organizations.unit-established.v1',
  summary: 'A unit of the party organisation tree was established (a residential-community branch names the estates it serves).',
  schema: payload('UnitEstablishedV1', {
    unitId: id,
    unitType: codes(UNIT_TYPES),
    parentUnitId: nullableId,
    formation: { type: ['string', 'null'], enum: [...BRANCH_FORMATIONS, null] },
    servedCommunityIds: idSet,
    effectiveFrom: date,
  }),
  example: { unitId: 'unit-yg-0089', unitType: 'residential_community_party_branch', parentUnitId: 'unit-yg-0012', formation: 'standalone', servedCommunityIds: ['rc-qianyue-1'], effectiveFrom: '2025-03-01' },
  partitionKey: byStream,
});

export interface UnitUpgradedV1 {
  unitId: string;
  fromType: UnitType;
  toType: UnitType;
  effectiveFrom: string;
}

/** A community organisation was upgraded (branch → general branch → committee), keeping its id and children. */
export const unitUpgradedV1 = v1<UnitUpgradedV1>({
  type: 'cn.linli.organizations.unit-upgraded.v1',
  summary: 'A unit of the party organisation tree was upgraded to another type.',
  schema: payload('UnitUpgradedV1', { unitId: id, fromType: codes(UNIT_TYPES), toType: codes(UNIT_TYPES), effectiveFrom: date }),
  example: { unitId: 'unit-yg-0012', fromType: 'community_party_general_branch', toType: 'community_party_committee', effectiveFrom: '2025-01-01' },
  partitionKey: byStream,
});

export interface UnitDissolvedV1 {
  unitId: string;
  effectiveFrom: string;
}

/** A unit was dissolved (the reason stays private). */
export const unitDissolvedV1 = v1<UnitDissolvedV1>({
  type: 'cn.linli.organizations.unit-dissolved.v1',
  summary: 'A unit of the party organisation tree was dissolved.',
  schema: payload('UnitDissolvedV1', { unitId: id, effectiveFrom: date }),
  example: { unitId: 'unit-yg-0089', effectiveFrom: '2026-03-01' },
  partitionKey: byStream,
});
