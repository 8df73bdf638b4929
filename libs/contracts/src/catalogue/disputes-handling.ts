import { defineContract } from '../contract.js';
import { codes, count, COUNTY_DEPARTMENTS, dateTime, DISPUTE_CATEGORIES, id, level, payload } from './schema-parts.js';
import { DISPUTES_TOPIC } from './topics.js';

// A dispute from its report to its handling on the ladder. Descriptions, parties and reasons are
// free text or personal data and stay in the private events.

const source = '/linli/disputes';
const topic = DISPUTES_TOPIC;
type Category = (typeof DISPUTE_CATEGORIES)[number];
type Department = (typeof COUNTY_DEPARTMENTS)[number];

export interface DisputeReportedV1 {
  disputeId: string;
  communityId: string;
  category: Category;
  urgency: 'normal' | 'urgent';
  channel: 'resident' | 'reception_day' | 'grid_worker' | 'hotline_12345';
  hotlineTicketId?: string;
  partyCount: number;
  reportedAt: string;
}

/** A dispute was reported (parties are counted, not named). */
export const disputeReportedV1 = defineContract<DisputeReportedV1>({
  type: 'cn.linli.disputes.dispute-reported.v1',
  version: 1,
  topic,
  source,
  summary: 'A neighbourhood dispute was reported in a residential community.',
  schema: payload(
    'DisputeReportedV1',
    {
      disputeId: id,
      communityId: id,
      category: codes(DISPUTE_CATEGORIES),
      urgency: codes(['normal', 'urgent']),
      channel: codes(['resident', 'reception_day', 'grid_worker', 'hotline_12345']),
      hotlineTicketId: id,
      partyCount: { type: 'integer', minimum: 1 },
      reportedAt: dateTime,
    },
    ['hotlineTicketId'],
  ),
  example: { disputeId: 'd-5f1c', communityId: 'rc-qianyue-1', category: 'square_dancing_noise', urgency: 'normal', channel: 'hotline_12345', hotlineTicketId: 'T20251130-0042', partyCount: 2, reportedAt: '2025-11-30T08:00:00.000Z' },
  partitionKey: (data) => data.communityId,
});

export interface DisputeAcceptedV1 {
  disputeId: string;
  communityId: string;
  category: Category;
  level: number;
  department?: Department;
  acceptedAt: string;
  dueAt: string;
  workingDaysAllowed: number;
}

/** A dispute was accepted, categorised and placed on a level of the ladder. */
export const disputeAcceptedV1 = defineContract<DisputeAcceptedV1>({
  type: 'cn.linli.disputes.dispute-accepted.v1',
  version: 1,
  topic,
  source,
  summary: 'A dispute was accepted and placed on a level of the escalation ladder.',
  schema: payload(
    'DisputeAcceptedV1',
    { disputeId: id, communityId: id, category: codes(DISPUTE_CATEGORIES), level, department: codes(COUNTY_DEPARTMENTS), acceptedAt: dateTime, dueAt: dateTime, workingDaysAllowed: count },
    ['department'],
  ),
  example: { disputeId: 'd-5f1c', communityId: 'rc-qianyue-1', category: 'square_dancing_noise', level: 1, acceptedAt: '2025-11-30T09:00:00.000Z', dueAt: '2025-12-05T09:00:00.000Z', workingDaysAllowed: 5 },
  partitionKey: (data) => data.communityId,
});

export interface DisputeEscalatedV1 {
  disputeId: string;
  communityId: string;
  fromLevel: number;
  toLevel: number;
  automatic: boolean;
  department?: Department;
  escalatedAt: string;
  dueAt: string;
  workingDaysAllowed: number;
}

/** A dispute went one level up, by hand or because it was overdue. */
export const disputeEscalatedV1 = defineContract<DisputeEscalatedV1>({
  type: 'cn.linli.disputes.dispute-escalated.v1',
  version: 1,
  topic,
  source,
  summary: 'A dispute was escalated one level up the ladder.',
  schema: payload(
    'DisputeEscalatedV1',
    { disputeId: id, communityId: id, fromLevel: level, toLevel: level, automatic: { type: 'boolean' }, department: codes(COUNTY_DEPARTMENTS), escalatedAt: dateTime, dueAt: dateTime, workingDaysAllowed: count },
    ['department'],
  ),
  example: { disputeId: 'd-5f1c', communityId: 'rc-qianyue-1', fromLevel: 1, toLevel: 2, automatic: false, escalatedAt: '2025-12-03T10:00:00.000Z', dueAt: '2025-12-10T10:00:00.000Z', workingDaysAllowed: 5 },
  partitionKey: (data) => data.communityId,
});

export interface DisputeBecameOverdueV1 {
  disputeId: string;
  communityId: string;
  level: number;
  dueAt: string;
  detectedAt: string;
}

/** The deadline of a level passed while the dispute was open. */
export const disputeBecameOverdueV1 = defineContract<DisputeBecameOverdueV1>({
  type: 'cn.linli.disputes.dispute-became-overdue.v1',
  version: 1,
  topic,
  source,
  summary: 'The time limit of the current level passed while the dispute was open.',
  schema: payload('DisputeBecameOverdueV1', { disputeId: id, communityId: id, level, dueAt: dateTime, detectedAt: dateTime }),
  example: { disputeId: 'd-5f1c', communityId: 'rc-qianyue-1', level: 2, dueAt: '2025-12-10T10:00:00.000Z', detectedAt: '2025-12-10T10:05:00.000Z' },
  partitionKey: (data) => data.communityId,
});
