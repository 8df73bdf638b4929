import { byCommunity, v1On } from './channel.js';
import { boolean, codes, date, id, payload } from './schema-parts.js';
import { ORGANIZATIONS_TOPIC } from './topics.js';

// Community Convenience Reception Days (便民接待日). The official, the venue, what a matter is
// about in words and who raised it stay private; a matter is an id, a category and whether it was
// referred to the disputes process. Count matters per day from reception-matter-recorded.

const v1 = v1On({ topic: ORGANIZATIONS_TOPIC, source: '/linli/organizations' });

/** Kinds of matter residents raise at a reception day; codes are added, never renamed. */
export const RECEPTION_MATTER_CATEGORIES = [
  'noise',
  'road_occupation',
  'fire_safety',
  'parking',
  'leak',
  'pets',
  'property_fees',
  'property_services',
  'environment',
  'public_facilities',
  'neighbour_relations',
  'other',
] as const;

export interface ReceptionDayScheduledV1 {
  receptionDayId: string;
  communityId: string;
  scheduledFor: string;
}

/** An official scheduled a reception day in a residential community. */
export const receptionDayScheduledV1 = v1<ReceptionDayScheduledV1>({
  type: 'cn.linli.organizations.reception-day-scheduled.v1',
  summary: 'A Community Convenience Reception Day was scheduled in a residential community.',
  schema: payload('ReceptionDayScheduledV1', { receptionDayId: id, communityId: id, scheduledFor: date }),
  example: { receptionDayId: 'rd-2025-05-qianyue', communityId: 'rc-qianyue-1', scheduledFor: '2025-05-20' },
  partitionKey: byCommunity,
});

export interface ReceptionDayHeldV1 {
  receptionDayId: string;
  communityId: string;
  heldOn: string;
}

/** The reception day took place; its matters follow as reception-matter-recorded events. */
export const receptionDayHeldV1 = v1<ReceptionDayHeldV1>({
  type: 'cn.linli.organizations.reception-day-held.v1',
  summary: 'A Community Convenience Reception Day was held.',
  schema: payload('ReceptionDayHeldV1', { receptionDayId: id, communityId: id, heldOn: date }),
  example: { receptionDayId: 'rd-2025-05-qianyue', communityId: 'rc-qianyue-1', heldOn: '2025-05-20' },
  partitionKey: byCommunity,
});

export interface ReceptionMatterRecordedV1 {
  receptionDayId: string;
  communityId: string;
  matterId: string;
  category: (typeof RECEPTION_MATTER_CATEGORIES)[number];
  referToDisputes: boolean;
  raisedOn: string;
}

/** Residents raised a matter at a held reception day; `referToDisputes` records the intent to refer it. */
export const receptionMatterRecordedV1 = v1<ReceptionMatterRecordedV1>({
  type: 'cn.linli.organizations.reception-matter-recorded.v1',
  summary: 'A matter raised by residents at a reception day was recorded.',
  schema: payload('ReceptionMatterRecordedV1', {
    receptionDayId: id,
    communityId: id,
    matterId: id,
    category: codes(RECEPTION_MATTER_CATEGORIES),
    referToDisputes: boolean,
    raisedOn: date,
  }),
  example: { receptionDayId: 'rd-2025-05-qianyue', communityId: 'rc-qianyue-1', matterId: 'matter-1', category: 'noise', referToDisputes: true, raisedOn: '2025-05-20' },
  partitionKey: byCommunity,
});

export interface ReceptionDayCancelledV1 {
  receptionDayId: string;
  communityId: string;
}

/** A scheduled reception day was cancelled (the reason stays private; the CloudEvent time says when). */
export const receptionDayCancelledV1 = v1<ReceptionDayCancelledV1>({
  type: 'cn.linli.organizations.reception-day-cancelled.v1',
  summary: 'A scheduled Community Convenience Reception Day was cancelled.',
  schema: payload('ReceptionDayCancelledV1', { receptionDayId: id, communityId: id }),
  example: { receptionDayId: 'rd-2025-05-qianyue', communityId: 'rc-qianyue-1' },
  partitionKey: byCommunity,
});
