import { byCommunity, v1On } from './channel.js';
import { codes, count, COUNTY_DEPARTMENTS, dateTime, DISPUTE_CATEGORIES, id, level, payload } from './schema-parts.js';
import { DISPUTES_TOPIC } from './topics.js';

// How a dispute enters (or never enters) the ladder. Descriptions, parties and reasons are free
// text or personal data and stay in the private events: parties are counted, not named.

const v1 = v1On({ topic: DISPUTES_TOPIC, source: '/linli/disputes' });
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
export const disputeReportedV1 = v1<DisputeReportedV1>({
  type: 'cn.linli.disputes.dispute-reported.v1',
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
  partitionKey: byCommunity,
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
export const disputeAcceptedV1 = v1<DisputeAcceptedV1>({
  type: 'cn.linli.disputes.dispute-accepted.v1',
  summary: 'A dispute was accepted and placed on a level of the escalation ladder.',
  schema: payload(
    'DisputeAcceptedV1',
    { disputeId: id, communityId: id, category: codes(DISPUTE_CATEGORIES), level, department: codes(COUNTY_DEPARTMENTS), acceptedAt: dateTime, dueAt: dateTime, workingDaysAllowed: count },
    ['department'],
  ),
  example: { disputeId: 'd-5f1c', communityId: 'rc-qianyue-1', category: 'square_dancing_noise', level: 1, acceptedAt: '2025-11-30T09:00:00.000Z', dueAt: '2025-12-05T09:00:00.000Z', workingDaysAllowed: 5 },
  partitionKey: byCommunity,
});

export interface DisputeRejectedV1 {
  disputeId: string;
  communityId: string;
  rejectedAt: string;
}

/** A reported dispute was not taken on (not a community matter); the reason stays private. */
export const disputeRejectedV1 = v1<DisputeRejectedV1>({
  type: 'cn.linli.disputes.dispute-rejected.v1',
  summary: 'A reported dispute was rejected instead of accepted.',
  schema: payload('DisputeRejectedV1', { disputeId: id, communityId: id, rejectedAt: dateTime }),
  example: { disputeId: 'd-5f1c', communityId: 'rc-qianyue-1', rejectedAt: '2025-11-30T09:00:00.000Z' },
  partitionKey: byCommunity,
});

export interface DisputeWithdrawnV1 {
  disputeId: string;
  communityId: string;
  withdrawnAt: string;
}

/** The reporter withdrew the dispute before it was resolved; the reason, if any, stays private. */
export const disputeWithdrawnV1 = v1<DisputeWithdrawnV1>({
  type: 'cn.linli.disputes.dispute-withdrawn.v1',
  summary: 'The reporter withdrew a dispute before it was resolved.',
  schema: payload('DisputeWithdrawnV1', { disputeId: id, communityId: id, withdrawnAt: dateTime }),
  example: { disputeId: 'd-5f1c', communityId: 'rc-qianyue-1', withdrawnAt: '2025-12-01T10:00:00.000Z' },
  partitionKey: byCommunity,
});
