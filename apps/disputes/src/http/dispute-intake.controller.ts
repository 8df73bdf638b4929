import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { uuidv7 } from '@linli/event-store';
import { Cmd, type CommandContext } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { CommunityRegistry } from '../application/community-registry.js';
import { disputeIdForReport } from '../application/deterministic-id.js';
import { DisputeCommands } from '../application/dispute-commands.js';
import { DISPUTES_CONFIG, type DisputesConfig } from '../config/disputes-config.js';
import { answered, CommandEndpoint, DisputeIdPipe } from './command-docs.js';
import { AcceptDisputeDto, RejectDisputeDto, WithdrawDisputeDto } from './dto/intake.dto.js';
import { ReportDisputeDto } from './dto/report-dispute.dto.js';

/** How a dispute comes in: reported, then accepted onto the ladder or rejected, or withdrawn by its reporter. */
@ApiTags('disputes: intake')
@Controller('disputes')
export class DisputeIntakeController {
  constructor(
    @Inject(DisputeCommands) private readonly commands: DisputeCommands,
    @Inject(CommunityRegistry) private readonly communities: CommunityRegistry,
    @Inject(DISPUTES_CONFIG) private readonly config: DisputesConfig,
  ) {}

  @Post()
  @CommandEndpoint('Report a dispute (201; the id is generated unless the client supplies one)', { creates: true, onExisting: false })
  async report(@Body() body: ReportDisputeDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const disputeId = disputeIdForReport(body.disputeId, { actorId: context.actor.id, idempotencyKey: context.idempotencyKey }, uuidv7);
    const parties = body.parties.map(({ subjectId, role, name, phone, room }) => ({ subjectId, role, name, ...(phone && { phone }), ...(room && { room }) }));
    const result = await this.commands.run(disputeId, context, {
      type: 'ReportDispute',
      data: {
        disputeId, communityId: body.communityId, communityRegistered: await this.communities.isRegistered(body.communityId),
        category: body.category, description: body.description, urgency: body.urgency, channel: body.channel, hotlineTicketId: body.hotlineTicketId, parties,
      },
    }, body.occurredAt);
    void reply.header('Location', `/disputes/${disputeId}`);
    return answered(reply, result);
  }

  @Post(':id/accept')
  @CommandEndpoint('Accept a reported dispute: categorise it and place it on the ladder (its deadline starts)')
  async accept(@Param('id', DisputeIdPipe) id: string, @Body() body: AcceptDisputeDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const { category, level, department } = body;
    const data = { disputeId: id, category, level, department, ...this.config.deadlines };
    return answered(reply, await this.commands.run(id, context, { type: 'AcceptDispute', data }, body.occurredAt));
  }

  @Post(':id/reject')
  @CommandEndpoint('Reject a reported dispute, with the reason')
  async reject(@Param('id', DisputeIdPipe) id: string, @Body() body: RejectDisputeDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return answered(reply, await this.commands.run(id, context, { type: 'RejectDispute', data: { disputeId: id, reason: body.reason } }, body.occurredAt));
  }

  @Post(':id/withdraw')
  @CommandEndpoint('Withdraw a dispute (its reporter, before it is resolved)')
  async withdraw(@Param('id', DisputeIdPipe) id: string, @Body() body: WithdrawDisputeDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const data = { disputeId: id, subjectId: body.subjectId, reason: body.reason };
    return answered(reply, await this.commands.run(id, context, { type: 'WithdrawDispute', data }, body.occurredAt));
  }
}
