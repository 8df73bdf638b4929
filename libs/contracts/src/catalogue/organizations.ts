import { defineContract } from '../contract.js';
import { codes, count, date, id, nullableId, payload } from './schema-parts.js';
import { ORGANIZATIONS_TOPIC } from './topics.js';

const source = '/linli/organizations';
const topic = ORGANIZATIONS_TOPIC;

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

export interface UnitEstablishedV1 {
  unitId: string;
  unitType: (typeof UNIT_TYPES)[number];
  parentUnitId: string | null;
  servedCommunityIds: string[];
  effectiveFrom: string;
}

/** A unit of the party organisation tree was set up (no community key: keyed by its stream). */
export const unitEstablishedV1 = defineContract<UnitEstablishedV1>({
  type: 'cn.linli.organizations.unit-established.v1',
  version: 1,
  topic,
  source,
  summary: 'A unit of the party organisation tree was established.',
  schema: payload('UnitEstablishedV1', {
    unitId: id,
    unitType: codes(UNIT_TYPES),
    parentUnitId: nullableId,
    servedCommunityIds: { type: 'array', items: id, uniqueItems: true },
    effectiveFrom: date,
  }),
  example: { unitId: 'unit-yg-0089', unitType: 'residential_community_party_branch', parentUnitId: 'unit-yg-0012', servedCommunityIds: ['rc-qianyue-1'], effectiveFrom: '2025-03-01' },
  partitionKey: () => undefined,
});

export interface CommunityRegisteredV1 {
  communityId: string;
  communityUnitId: string;
  households: number;
  buildingCount: number;
}

/** A residential community (小区) joined the programme. */
export const communityRegisteredV1 = defineContract<CommunityRegisteredV1>({
  type: 'cn.linli.organizations.community-registered.v1',
  version: 1,
  topic,
  source,
  summary: 'A residential community was registered under a community-level unit.',
  schema: payload('CommunityRegisteredV1', { communityId: id, communityUnitId: id, households: count, buildingCount: count }),
  example: { communityId: 'rc-qianyue-1', communityUnitId: 'unit-yg-0012', households: 640, buildingCount: 12 },
  partitionKey: (data) => data.communityId,
});

export interface PilotDesignatedV1 {
  communityId: string;
  designatedOn: string;
}

/** The county designated a community a pilot of the programme. */
export const pilotDesignatedV1 = defineContract<PilotDesignatedV1>({
  type: 'cn.linli.organizations.pilot-designated.v1',
  version: 1,
  topic,
  source,
  summary: 'A residential community was designated a pilot of the programme.',
  schema: payload('PilotDesignatedV1', { communityId: id, designatedOn: date }),
  example: { communityId: 'rc-qianyue-1', designatedOn: '2025-04-15' },
  partitionKey: (data) => data.communityId,
});

export interface OwnersCommitteeElectedV1 {
  communityId: string;
  term: number;
  memberCount: number;
  electedOn: string;
  termStart: string;
  termEnd: string;
}

/** Owners elected a committee; members are counted, never named (PIPL). */
export const ownersCommitteeElectedV1 = defineContract<OwnersCommitteeElectedV1>({
  type: 'cn.linli.organizations.owners-committee-elected.v1',
  version: 1,
  topic,
  source,
  summary: "An owners' committee was elected for a term.",
  schema: payload('OwnersCommitteeElectedV1', {
    communityId: id,
    term: { type: 'integer', minimum: 1 },
    memberCount: { type: 'integer', minimum: 1 },
    electedOn: date,
    termStart: date,
    termEnd: date,
  }),
  example: { communityId: 'rc-qianyue-1', term: 1, memberCount: 7, electedOn: '2025-05-10', termStart: '2025-05-10', termEnd: '2030-05-09' },
  partitionKey: (data) => data.communityId,
});

/** Every public event of the organizations service. */
export const organizationsContracts = [unitEstablishedV1, communityRegisteredV1, pilotDesignatedV1, ownersCommitteeElectedV1];
