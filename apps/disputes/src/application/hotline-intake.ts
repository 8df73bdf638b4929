import { Inject, Injectable } from '@nestjs/common';
import type { DisputeCategory, Urgency } from '@linli/disputes-domain';
import { uuidv7 } from '@linli/event-store';
import type { CommandAccepted, CommandContext } from '@linli/service-kit';
import { CommunityRegistry } from './community-registry.js';
import { ID_NAMESPACES, nameBasedUuid } from './deterministic-id.js';
import { DisputeCommands } from './dispute-commands.js';

/** A 12345 hotline ticket about a residential community, as the municipal platform sends it. */
export interface HotlineTicket {
  readonly ticketId: string;
  readonly communityId: string;
  readonly category: DisputeCategory;
  readonly description: string;
  /** When the citizen called (ISO-8601). */
  readonly reportedAt: string;
  readonly caller: { readonly subjectId: string; readonly name: string; readonly phone?: string; readonly room?: string };
  readonly urgency: Urgency;
}

/** Who reports a dispute that came in through the hotline. */
export const HOTLINE_ACTOR = { id: 'hotline-12345', role: 'system', orgUnitId: '' } as const;

/** The dispute a ticket becomes: the same ticket always names the same dispute. */
export const disputeIdOfTicket = (ticketId: string): string => nameBasedUuid(ID_NAMESPACES.hotlineTicket, ticketId);

/**
 * Turns 12345 hotline tickets into reported disputes, exactly once per ticket: the dispute id is
 * derived from the ticket id and the command carries the ticket as its idempotency key, so a
 * redelivered ticket answers the first report instead of appending again.
 */
@Injectable()
export class HotlineIntake {
  constructor(
    @Inject(DisputeCommands) private readonly commands: DisputeCommands,
    @Inject(CommunityRegistry) private readonly communities: CommunityRegistry,
  ) {}

  async reportFromHotlineTicket(ticket: HotlineTicket): Promise<CommandAccepted> {
    const disputeId = disputeIdOfTicket(ticket.ticketId);
    const correlationId = uuidv7();
    const context: CommandContext = {
      actor: HOTLINE_ACTOR, now: new Date().toISOString(), correlationId, causationId: correlationId, idempotencyKey: `hotline-ticket:${ticket.ticketId}`,
    };
    const { caller } = ticket;
    return this.commands.run(disputeId, context, {
      type: 'ReportDispute',
      data: {
        disputeId, communityId: ticket.communityId, communityRegistered: await this.communities.isRegistered(ticket.communityId),
        category: ticket.category, description: ticket.description, urgency: ticket.urgency, channel: 'hotline_12345', hotlineTicketId: ticket.ticketId,
        parties: [{ subjectId: caller.subjectId, role: 'reporter', name: caller.name, ...(caller.phone && { phone: caller.phone }), ...(caller.room && { room: caller.room }) }],
      },
    }, callTime(ticket.reportedAt, context.now));
  }
}

/** The call's time as the business time of the report, unless it is unreadable or ahead of ours. */
function callTime(reportedAt: string, now: string): string | undefined {
  const at = Date.parse(reportedAt);
  return Number.isNaN(at) || at > Date.parse(now) ? undefined : new Date(at).toISOString();
}
