import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { receptionDayDecider, receptionDayStreamName, type ReceptionDayCommand } from '@linli/organizations-domain';
import { findReceptionDay } from '@linli/organizations-read-models';
import { Cmd, CommandExecutor, type CommandAccepted, type CommandContext } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { EstateCommands } from '../application/estate-commands.js';
import { ConsistentRead } from '../read-models/consistent-read.js';
import { ReadModelRunner } from '../read-models/read-model-runner.js';
import { accepted } from './command-answer.js';
import { CommandDocs, IdPath, QueryDocs } from './docs.js';
import { ReadQueryDto } from './dto/query.dto.js';
import { ReceptionDayDto } from './dto/reception-day-views.dto.js';
import { CancelReceptionDayDto, HoldReceptionDayDto, RecordMatterDto, ScheduleReceptionDayDto } from './dto/reception-day.dto.js';
import { MatterIdPipe, uuidParam } from './validation.js';
import { notFound, tagged } from './views.js';

type Reply = FastifyReply;

/** Community Convenience Reception Days (便民接待日): scheduled, held with the matters raised, or cancelled. */
@ApiTags('reception-days')
@Controller('reception-days')
export class ReceptionDaysController {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly estates: EstateCommands,
    private readonly reads: ConsistentRead,
    private readonly readModels: ReadModelRunner,
  ) {}

  @Post()
  @CommandDocs('Schedule a reception day in a registered estate (ScheduleReceptionDay)', { creates: true })
  async schedule(@Body() dto: ScheduleReceptionDayDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply): Promise<CommandAccepted> {
    const { id, ...rest } = dto;
    return accepted(reply, await this.estates.scheduleReceptionDay({ ...rest, receptionDayId: id }, context));
  }

  @Post(':id/hold')
  @IdPath()
  @CommandDocs('Record that the day was held, on or after its date (HoldReceptionDay)')
  hold(@Param('id', uuidParam('id')) id: string, @Body() dto: HoldReceptionDayDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply) {
    return this.run(reply, id, context, { type: 'HoldReceptionDay', data: { receptionDayId: id, heldOn: dto.heldOn } });
  }

  @Put(':id/matters/:matterId')
  @IdPath()
  @ApiParam({ name: 'matterId', description: 'Client-chosen id of the matter (letters, digits, - and _)', example: 'matter-1' })
  @CommandDocs('Record a matter raised at a held day (RecordReceptionMatter); the same matter again records nothing')
  recordMatter(
    @Param('id', uuidParam('id')) id: string,
    @Param('matterId', MatterIdPipe) matterId: string,
    @Body() dto: RecordMatterDto,
    @Cmd() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ) {
    const data = { receptionDayId: id, matterId, category: dto.category, summary: dto.summary, referToDisputes: dto.referToDisputes, raisedBySubjectId: dto.raisedBySubjectId ?? null };
    return this.run(reply, id, context, { type: 'RecordReceptionMatter', data });
  }

  @Post(':id/cancel')
  @IdPath()
  @CommandDocs('Cancel a day not yet held, with a reason (CancelReceptionDay)')
  cancel(@Param('id', uuidParam('id')) id: string, @Body() dto: CancelReceptionDayDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply) {
    return this.run(reply, id, context, { type: 'CancelReceptionDay', data: { receptionDayId: id, reason: dto.reason } });
  }

  @Get(':id')
  @IdPath()
  @QueryDocs('A reception day with the matters raised at it', ReceptionDayDto)
  receptionDay(@Param('id', uuidParam('id')) id: string, @Query() query: ReadQueryDto, @Res() reply: Reply): Promise<void> {
    return this.reads.answer(reply, query.minPosition, async () => {
      const receptionDay = await findReceptionDay(this.readModels.connection, id);
      if (receptionDay === null) throw notFound('ReceptionDay', id);
      return { receptionDay: tagged(reply, receptionDay) };
    });
  }

  private async run(reply: Reply, receptionDayId: string, context: CommandContext, command: Omit<ReceptionDayCommand, 'metadata'>): Promise<CommandAccepted> {
    return accepted(reply, await this.executor.execute(receptionDayDecider, receptionDayStreamName(receptionDayId), receptionDayId, context, command));
  }
}
