import { byCommunity, v1On } from './channel.js';
import { codes, count, dateTime, id, level, payload, RESOLUTION_OUTCOMES } from './schema-parts.js';
import { DISPUTES_TOPIC, HOTLINE_OUTCOMES_TOPIC } from './topics.js';

// How a dispute ends: resolved, rated, closed, possibly reopened; and the answer to the hotline.
// Agreement texts and reopening reasons stay private; a satisfaction score is published without
// the (pseudonymous) subject who gave it.

const source = '/linli/disputes';
const v1 = v1On({ topic: DISPUTES_TOPIC, source });
const toHotline = v1On({ topic: HOTLINE_OUTCOMES_TOPIC, source });
type Outcome = (typeof RESOLUTION_OUTCOMES)[number];

export interface DisputeResolvedV1 {
  disputeId: string;
  communityId: string;
  outcome: Outcome;
  level: number;
  resolvedAt: string;
  workingDaysToResolve: number;
}

/** A dispute was resolved with an outcome (the agreement text stays private). */
export const disputeResolvedV1 = v1<DisputeResolvedV1>({
  type: 'cn.linli.disputes.dispute-resolved.v1',
  summary: 'A dispute was resolved at a level with an outcome.',
  schema: payload('DisputeResolvedV1', { disputeId: id, communityId: id, outcome: codes(RESOLUTION_OUTCOMES), level, resolvedAt: dateTime, workingDaysToResolve: count }),
  example: { disputeId: 'd-5f1c', communityId: 'rc-qianyue-1', outcome: 'agreement_reached', level: 2, resolvedAt: '2025-12-08T16:00:00.000Z', workingDaysToResolve: 6 },
  partitionKey: byCommunity,
});

export interface SatisfactionRecordedV1 {
  disputeId: string;
  communityId: string;
  score: number;
  ratedAt: string;
}

/** A party rated the resolution 1–5; who rated is dropped, the score is what ratings need. */
export const satisfactionRecordedV1 = v1<SatisfactionRecordedV1>({
  type: 'cn.linli.disputes.satisfaction-recorded.v1',
  summary: "A party's satisfaction (1-5) with the latest resolution was recorded.",
  schema: payload('SatisfactionRecordedV1', { disputeId: id, communityId: id, score: { type: 'integer', minimum: 1, maximum: 5 }, ratedAt: dateTime }),
  example: { disputeId: 'd-5f1c', communityId: 'rc-qianyue-1', score: 4, ratedAt: '2025-12-09T09:30:00.000Z' },
  partitionKey: byCommunity,
});

export interface DisputeReopenedV1 {
  disputeId: string;
  communityId: string;
  level: number;
  reopenCount: number;
  reopenedAt: string;
  dueAt: string;
  workingDaysAllowed: number;
}

/** The matter recurred and the dispute is open again. */
export const disputeReopenedV1 = v1<DisputeReopenedV1>({
  type: 'cn.linli.disputes.dispute-reopened.v1',
  summary: 'A resolved dispute was reopened because the matter recurred.',
  schema: payload('DisputeReopenedV1', { disputeId: id, communityId: id, level, reopenCount: { type: 'integer', minimum: 1 }, reopenedAt: dateTime, dueAt: dateTime, workingDaysAllowed: count }),
  example: { disputeId: 'd-5f1c', communityId: 'rc-qianyue-1', level: 2, reopenCount: 1, reopenedAt: '2025-12-20T08:00:00.000Z', dueAt: '2025-12-27T08:00:00.000Z', workingDaysAllowed: 5 },
  partitionKey: byCommunity,
});

export interface DisputeClosedV1 {
  disputeId: string;
  communityId: string;
  level: number;
  closedAt: string;
}

/** A dispute was closed for good. */
export const disputeClosedV1 = v1<DisputeClosedV1>({
  type: 'cn.linli.disputes.dispute-closed.v1',
  summary: 'A resolved dispute was closed.',
  schema: payload('DisputeClosedV1', { disputeId: id, communityId: id, level, closedAt: dateTime }),
  example: { disputeId: 'd-5f1c', communityId: 'rc-qianyue-1', level: 2, closedAt: '2025-12-24T08:00:00.000Z' },
  partitionKey: byCommunity,
});

export interface HotlineTicketResolvedV1 {
  ticketId: string;
  disputeId: string;
  communityId: string;
  outcome: Outcome;
  resolvedAt: string;
  workingDaysToResolve: number;
}

/**
 * Carries a hotline ticket id back to the 12345 platform each time its dispute is resolved (again
 * after a reopening). Published from the private HotlineTicketAnswered, which the disputes domain
 * records beside the resolution of a dispute reported from the hotline.
 */
export const hotlineTicketResolvedV1 = toHotline<HotlineTicketResolvedV1>({
  type: 'cn.linli.disputes.hotline-ticket-resolved.v1',
  summary: 'The dispute opened from a 12345 hotline ticket was resolved; the ticket can be answered.',
  schema: payload('HotlineTicketResolvedV1', { ticketId: id, disputeId: id, communityId: id, outcome: codes(RESOLUTION_OUTCOMES), resolvedAt: dateTime, workingDaysToResolve: count }),
  example: { ticketId: 'T20251130-0042', disputeId: 'd-5f1c', communityId: 'rc-qianyue-1', outcome: 'agreement_reached', resolvedAt: '2025-12-08T16:00:00.000Z', workingDaysToResolve: 6 },
  partitionKey: byCommunity,
});
