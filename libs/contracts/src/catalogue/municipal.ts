import { defineContract } from '../contract.js';
import { codes, dateTime, DISPUTE_CATEGORIES, id, payload } from './schema-parts.js';
import { HOTLINE_TICKETS_TOPIC } from './topics.js';

export interface HotlineTicketSubmittedV1 {
  ticketId: string;
  communityId: string;
  category: (typeof DISPUTE_CATEGORIES)[number];
  urgency: 'normal' | 'urgent';
  submittedAt: string;
  replyDueAt?: string;
}

/**
 * Inbound: a 12345 hotline ticket about a residential community. The platform publishes it as a
 * structured-mode CloudEvent keyed by community id; the disputes service turns each ticket into a
 * reported dispute exactly once (idempotent by ticket id). The caller's identity stays with the
 * platform: the ticket id is the only way back to them.
 */
export const hotlineTicketSubmittedV1 = defineContract<HotlineTicketSubmittedV1>({
  type: 'cn.linli.municipal.hotline-ticket-submitted.v1',
  version: 1,
  topic: HOTLINE_TICKETS_TOPIC,
  source: '/municipal/hotline-12345',
  summary: 'A citizen complaint reached the 12345 hotline and concerns a residential community.',
  schema: payload(
    'HotlineTicketSubmittedV1',
    { ticketId: id, communityId: id, category: codes(DISPUTE_CATEGORIES), urgency: codes(['normal', 'urgent']), submittedAt: dateTime, replyDueAt: dateTime },
    ['replyDueAt'],
  ),
  example: { ticketId: 'T20251130-0042', communityId: 'rc-qianyue-1', category: 'square_dancing_noise', urgency: 'normal', submittedAt: '2025-11-30T07:45:00.000Z', replyDueAt: '2025-12-05T07:45:00.000Z' },
  partitionKey: (data) => data.communityId,
});

/** Contracts of messages other platforms publish to Linli. */
export const municipalContracts = [hotlineTicketSubmittedV1];
