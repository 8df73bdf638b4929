import type { HotlineTicketSubmittedV1 } from '@linli/contracts';
import type { HotlineTicket } from '../application/hotline-intake.js';
import { ID_NAMESPACES, nameBasedUuid } from '../application/deterministic-id.js';

/** A ticket the disputes service cannot turn into a dispute; the message names the field and the rule, never a value. */
export class UnusableTicket extends Error {
  constructor(ticketId: string, field: string, rule: string) {
    super(`hotline ticket ${ticketId}: ${field} ${rule}`);
    this.name = 'UnusableTicket';
  }
}

/**
 * The caller's pseudonymous subject id: one per ticket, so the key that encrypts the caller's name,
 * phone and room (and erases them when destroyed) is never shared with another ticket, and the id
 * itself reveals nothing (a hash of the phone number could be reversed by trying every number).
 */
export const callerSubjectOf = (ticketId: string): string => `hotline-caller-${nameBasedUuid(ID_NAMESPACES.hotlineCaller, ticketId)}`;

/**
 * The dispute report a validated inbound ticket stands for. `description` and `caller` are optional
 * in the v1 schema (added compatibly) but a dispute is reported with both: a ticket without them
 * is unusable rather than reported with invented text or an invented reporter.
 */
export function ticketFromEvent(data: HotlineTicketSubmittedV1): HotlineTicket {
  if (data.description === undefined) throw new UnusableTicket(data.ticketId, 'description', 'is required to report a dispute');
  if (data.caller === undefined) throw new UnusableTicket(data.ticketId, 'caller', 'is required: the caller is the reporting party');
  const { name, phone, room } = data.caller;
  return {
    ticketId: data.ticketId,
    communityId: data.communityId,
    category: data.category,
    description: data.description,
    reportedAt: data.submittedAt,
    urgency: data.urgency,
    caller: { subjectId: callerSubjectOf(data.ticketId), name, ...(phone !== undefined && { phone }), ...(room !== undefined && { room }) },
  };
}
