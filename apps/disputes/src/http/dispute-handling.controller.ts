import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Cmd, type CommandContext } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { DisputeCommands } from '../application/dispute-commands.js';
import { DISPUTES_CONFIG, type DisputesConfig } from '../config/disputes-config.js';
import { answered, CommandEndpoint, DisputeIdPipe } from './command-docs.js';
import { AssignMediatorDto, EscalateDisputeDto, MarkOverdueDto, RecordMediationSessionDto, ResolveDisputeDto } from './dto/handling.dto.js';

/** Handling an open dispute: mediation, the ladder, its deadlines, resolution. */
@ApiTags('disputes: handling')
@Controller('disputes/:id')
export class DisputeHandlingController {
  constructor(
    @Inject(DisputeCommands) private readonly commands: DisputeCommands,
    @Inject(DISPUTES_CONFIG) private readonly config: DisputesConfig,
  ) {}

  @Post('assign-mediator')
  @CommandEndpoint('Assign the mediator (assigning the one in charge changes nothing)')
  async assignMediator(@Param('id', DisputeIdPipe) id: string, @Body() body: AssignMediatorDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return answered(reply, await this.commands.run(id, context, { type: 'AssignMediator', data: { disputeId: id, mediatorId: body.mediatorId } }, body.occurredAt));
  }

  @Post('record-session')
  @CommandEndpoint('Record a mediation session that took place')
  async recordSession(@Param('id', DisputeIdPipe) id: string, @Body() body: RecordMediationSessionDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const data = { disputeId: id, sessionDate: body.sessionDate, attendeeIds: [...body.attendeeIds], outcomeNotes: body.outcomeNotes };
    return answered(reply, await this.commands.run(id, context, { type: 'RecordMediationSession', data }, body.occurredAt));
  }

  @Post('escalate')
  @CommandEndpoint('Escalate one level, with the reason (level 4 names a county department)')
  async escalate(@Param('id', DisputeIdPipe) id: string, @Body() body: EscalateDisputeDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const data = { disputeId: id, toLevel: body.toLevel, reason: body.reason, department: body.department, ...this.config.deadlines };
    return answered(reply, await this.commands.run(id, context, { type: 'EscalateDispute', data }, body.occurredAt));
  }

  @Post('resolve')
  @CommandEndpoint('Resolve the dispute at its current level, with the outcome')
  async resolve(@Param('id', DisputeIdPipe) id: string, @Body() body: ResolveDisputeDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const data = { disputeId: id, outcome: body.outcome, agreementSummary: body.agreementSummary, calendar: this.config.deadlines.calendar };
    return answered(reply, await this.commands.run(id, context, { type: 'ResolveDispute', data }, body.occurredAt));
  }

  @Post('mark-overdue')
  @CommandEndpoint('Supervision: check a level deadline now, as the scheduler does (no change when stale; 409 DeadlineNotPassed when early)')
  async markOverdue(@Param('id', DisputeIdPipe) id: string, @Body() body: MarkOverdueDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const data = { disputeId: id, dueAt: body.dueAt, ...this.config.deadlines };
    return answered(reply, await this.commands.run(id, context, { type: 'MarkOverdue', data }, body.occurredAt));
  }
}
