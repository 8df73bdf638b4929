import { defineContract } from '../contract.js';
import type { JsonSchema } from '../json-schema.js';
import { codes, dateTime, DISPUTE_CATEGORIES, id, payload } from './schema-parts.js';
import { HOTLINE_TICKETS_TOPIC } from './topics.js';

/** The citizen who called: personal data (PIPL), see the contract's note. */
export interface HotlineCaller {
  name: string;
  phone?: string;
  room?: string;
}

export interface HotlineTicketSubmittedV1 {
  ticketId: string;
  communityId: string;
  /** The platform's category hint; the community staff may re-categorise when accepting. */
  category: (typeof DISPUTE_CATEGORIES)[number];
  urgency: 'normal' | 'urgent';
  /** When the hotline received the call. */
  submittedAt: string;
  replyDueAt?: string;
  /** What the caller complained about (free text). */
  description?: string;
  caller?: HotlineCaller;
}

const someText = (maxLength: number): JsonSchema => ({ type: 'string', minLength: 1, maxLength, pattern: '\\S' });

/** The caller: a closed object, name required; phone and room as the platform recorded them. */
const caller: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: someText(64),
    phone: { type: 'string', pattern: '^\\+?[0-9 -]{5,20}$' },
    room: someText(32),
  },
};

/**
 * Inbound: a 12345 hotline ticket about a residential community. The platform publishes it as a
 * structured-mode CloudEvent keyed by community id; the disputes service turns each ticket into a
 * reported dispute exactly once (idempotent by ticket id), channel `hotline_12345`.
 *
 * Unlike every Linli event, this inbound message carries personal data: the caller (name, phone,
 * room) and a free-text description. The disputes service stores them only through the event
 * store's per-subject encryption (the caller becomes the dispute's reporting party), never logs them
 * and never publishes them: the answer (hotline-ticket-resolved.v1) carries the ticket id only.
 * `description` and `caller` were added compatibly to v1, so the schema marks them optional; the
 * disputes service cannot open a dispute without them and dead-letters a ticket that lacks either.
 */
export const hotlineTicketSubmittedV1 = defineContract<HotlineTicketSubmittedV1>({
  type: 'cn.linli.municipal.hotline-ticket-submitted.v1',
  version: 1,
  topic: HOTLINE_TICKETS_TOPIC,
  source: '/municipal/hotline-12345',
  summary: 'A citizen complaint reached the 12345 hotline and concerns a residential community.',
  schema: payload(
    'HotlineTicketSubmittedV1',
    {
      ticketId: id,
      communityId: id,
      category: codes(DISPUTE_CATEGORIES),
      urgency: codes(['normal', 'urgent']),
      submittedAt: dateTime,
      replyDueAt: dateTime,
      description: someText(2000),
      caller,
    },
    ['replyDueAt', 'description', 'caller'],
  ),
  example: {
    ticketId: 'T20251130-0042',
    communityId: 'rc-qianyue-1',
    category: 'square_dancing_noise',
    urgency: 'normal',
    submittedAt: '2025-11-30T07:45:00.000Z',
    replyDueAt: '2025-12-05T07:45:00.000Z',
    description: 'Loudspeakers of a dance team after 21:00 below building 5',
    caller: { name: '张三', phone: '13800000000', room: '5-302' },
  },
  partitionKey: (data) => data.communityId,
});

/** Where the caller's personal data sits in an inbound ticket (the only catalogue entry with any). */
export const HOTLINE_TICKET_PERSONAL_FIELDS = ['description', 'caller'] as const;

/** Contracts of messages other platforms publish to Linli. */
export const municipalContracts = [hotlineTicketSubmittedV1];
