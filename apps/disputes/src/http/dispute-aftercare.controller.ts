import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Cmd, type CommandContext } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { DisputeCommands } from '../application/dispute-commands.js';
import { DISPUTES_CONFIG, type DisputesConfig } from '../config/disputes-config.js';
import { answered, CommandEndpoint, DisputeIdPipe } from './command-docs.js';
import { CloseDisputeDto, RateSatisfactionDto, ReopenDisputeDto } from './dto/aftercare.dto.js';

/** After resolution: the parties' satisfaction, closing, and reopening when the matter recurs. */
@ApiTags('disputes: after resolution')
@Controller('disputes/:id')
export class DisputeAftercareController {
  constructor(
    @Inject(DisputeCommands) private readonly commands: DisputeCommands,
    @Inject(DISPUTES_CONFIG) private readonly config: DisputesConfig,
  ) {}

  @Post('rate-satisfaction')
  @CommandEndpoint('A party rates the latest resolution, once, within the satisfaction window')
  async rate(@Param('id', DisputeIdPipe) id: string, @Body() body: RateSatisfactionDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const data = { disputeId: id, subjectId: body.subjectId, score: body.score, windowDays: this.config.satisfactionWindowDays };
    return answered(reply, await this.commands.run(id, context, { type: 'RateSatisfaction', data }, body.occurredAt));
  }

  @Post('close')
  @CommandEndpoint('Close a resolved dispute')
  async close(@Param('id', DisputeIdPipe) id: string, @Body() body: CloseDisputeDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return answered(reply, await this.commands.run(id, context, { type: 'CloseDispute', data: { disputeId: id } }, body.occurredAt));
  }

  @Post('reopen')
  @CommandEndpoint('Reopen a resolved or closed dispute whose matter recurred (within the reopening window)')
  async reopen(@Param('id', DisputeIdPipe) id: string, @Body() body: ReopenDisputeDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const data = { disputeId: id, reason: body.reason, windowDays: this.config.reopenWindowDays, ...this.config.deadlines };
    return answered(reply, await this.commands.run(id, context, { type: 'ReopenDispute', data }, body.occurredAt));
  }
}
