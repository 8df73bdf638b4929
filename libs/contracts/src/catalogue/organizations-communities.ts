import { byCommunity, v1On } from './channel.js';
import { count, date, id, payload } from './schema-parts.js';
import { ORGANIZATIONS_TOPIC } from './topics.js';

// A residential community (小区): its registration, pilot status and self-governing bodies. Names,
// addresses, reasons and who sits on a body stay private: bodies are counted, never listed.

const v1 = v1On({ topic: ORGANIZATIONS_TOPIC, source: '/linli/organizations' });
const positive = { type: 'integer', minimum: 1 } as const;

export interface CommunityRegisteredV1 {
  communityId: string;
  communityUnitId: string;
  households: number;
  buildingCount: number;
}

/** A residential community (小区) joined the programme. */
export const communityRegisteredV1 = v1<CommunityRegisteredV1>({
  type: 'cn.linli.organizations.community-registered.v1',
  summary: 'A residential community was registered under a community-level unit.',
  schema: payload('CommunityRegisteredV1', { communityId: id, communityUnitId: id, households: count, buildingCount: count }),
  example: { communityId: 'rc-qianyue-1', communityUnitId: 'unit-yg-0012', households: 640, buildingCount: 12 },
  partitionKey: byCommunity,
});

export interface PilotDesignatedV1 {
  communityId: string;
  designatedOn: string;
}

/** The county designated a community a pilot of the programme. */
export const pilotDesignatedV1 = v1<PilotDesignatedV1>({
  type: 'cn.linli.organizations.pilot-designated.v1',
  summary: 'A residential community was designated a pilot of the programme.',
  schema: payload('PilotDesignatedV1', { communityId: id, designatedOn: date }),
  example: { communityId: 'rc-qianyue-1', designatedOn: '2025-04-15' },
  partitionKey: byCommunity,
});

export interface PilotWithdrawnV1 {
  communityId: string;
  withdrawnOn: string;
}

/** A community is no longer a pilot (the reason stays private). */
export const pilotWithdrawnV1 = v1<PilotWithdrawnV1>({
  type: 'cn.linli.organizations.pilot-withdrawn.v1',
  summary: 'A residential community stopped being a pilot of the programme.',
  schema: payload('PilotWithdrawnV1', { communityId: id, withdrawnOn: date }),
  example: { communityId: 'rc-qianyue-1', withdrawnOn: '2026-06-30' },
  partitionKey: byCommunity,
});

export interface OwnersCommitteeTermV1 {
  communityId: string;
  term: number;
  memberCount: number;
  electedOn: string;
  termStart: string;
  termEnd: string;
}
export type OwnersCommitteeElectedV1 = OwnersCommitteeTermV1;
export type OwnersCommitteeReElectedV1 = OwnersCommitteeTermV1;

const termSchema = (title: string) =>
  payload(title, { communityId: id, term: positive, memberCount: positive, electedOn: date, termStart: date, termEnd: date });

/** Owners elected a committee; members are counted, never named (PIPL). */
export const ownersCommitteeElectedV1 = v1<OwnersCommitteeElectedV1>({
  type: 'cn.linli.organizations.owners-committee-elected.v1',
  summary: "An owners' committee was elected for a term.",
  schema: termSchema('OwnersCommitteeElectedV1'),
  example: { communityId: 'rc-qianyue-1', term: 1, memberCount: 7, electedOn: '2025-05-10', termStart: '2025-05-10', termEnd: '2030-05-09' },
  partitionKey: byCommunity,
});

/** Owners elected the next committee at the end of a term (换届). */
export const ownersCommitteeReElectedV1 = v1<OwnersCommitteeReElectedV1>({
  type: 'cn.linli.organizations.owners-committee-re-elected.v1',
  summary: "An owners' committee was elected for the next term.",
  schema: termSchema('OwnersCommitteeReElectedV1'),
  example: { communityId: 'rc-qianyue-1', term: 2, memberCount: 7, electedOn: '2030-04-20', termStart: '2030-05-10', termEnd: '2035-05-09' },
  partitionKey: byCommunity,
});

export interface OwnersCommitteeDissolvedV1 {
  communityId: string;
  term: number;
  dissolvedOn: string;
}

/** The owners' committee of a term was dissolved before its end (the reason stays private). */
export const ownersCommitteeDissolvedV1 = v1<OwnersCommitteeDissolvedV1>({
  type: 'cn.linli.organizations.owners-committee-dissolved.v1',
  summary: "An owners' committee was dissolved.",
  schema: payload('OwnersCommitteeDissolvedV1', { communityId: id, term: positive, dissolvedOn: date }),
  example: { communityId: 'rc-qianyue-1', term: 1, dissolvedOn: '2027-03-01' },
  partitionKey: byCommunity,
});

export interface BodyFormedV1 {
  communityId: string;
  memberCount: number;
  formedOn: string;
}
export type SupervisoryBoardFormedV1 = BodyFormedV1;
export type PropertyCommitteeFormedV1 = BodyFormedV1;

const bodySchema = (title: string) => payload(title, { communityId: id, memberCount: positive, formedOn: date });

/** Owners formed a supervisory board (业主监事会). */
export const supervisoryBoardFormedV1 = v1<SupervisoryBoardFormedV1>({
  type: 'cn.linli.organizations.supervisory-board-formed.v1',
  summary: "An owners' supervisory board was formed.",
  schema: bodySchema('SupervisoryBoardFormedV1'),
  example: { communityId: 'rc-qianyue-1', memberCount: 3, formedOn: '2025-06-01' },
  partitionKey: byCommunity,
});

/** A property committee (物业管理委员会) of the estate was formed. */
export const propertyCommitteeFormedV1 = v1<PropertyCommitteeFormedV1>({
  type: 'cn.linli.organizations.property-committee-formed.v1',
  summary: 'A property committee was formed.',
  schema: bodySchema('PropertyCommitteeFormedV1'),
  example: { communityId: 'rc-qianyue-1', memberCount: 3, formedOn: '2025-02-01' },
  partitionKey: byCommunity,
});
