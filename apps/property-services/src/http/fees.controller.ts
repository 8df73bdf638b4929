import { Body, Controller, Get, Inject, Param, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { communityLedger, ledgerStreamName } from '@linli/property-services-domain';
import { feeRecordsOf } from '@linli/property-services-read-models';
import { Cmd, CommandExecutor, type CommandContext } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { PropertyReadModels } from '../read-models/property-read-models.js';
import { accepted, fromReadModels } from './answers.js';
import { CommandDocs, QueryDocs } from './api-docs.js';
import { FeesQuery, RecordFeesDto } from './dto/fees.dto.js';
import { FeesAnswer } from './dto/ledger-views.dto.js';
import { CommunityParams, FeeMonthParams } from './dto/params.dto.js';
import { pageOf } from './dto/query.dto.js';

@ApiTags('fees')
@Controller('communities/:communityId/fees')
export class FeesController {
  constructor(
    @Inject(CommandExecutor) private readonly executor: CommandExecutor,
    @Inject(PropertyReadModels) private readonly readModels: PropertyReadModels,
  ) {}

  @Put(':period')
  @CommandDocs('Record the property fees billed and collected for a month', {
    creates: false,
    description:
      'Amounts in whole fen (CNY 0.01). Collection goes on during the month, so a later record replaces the figures (the history keeps both); the same figures again record nothing. ' +
      'Refused with 409 PeriodClosed once a statement covering the month is published, CollectedExceedsBilled, PayingHouseholdsExceedBilled.',
  })
  async record(
    @Param() { communityId, period }: FeeMonthParams,
    @Body() body: RecordFeesDto,
    @Cmd() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const data = { communityId, period, ...body };
    return accepted(reply, await this.executor.execute(communityLedger, ledgerStreamName(communityId), period, context, { type: 'RecordFees', data }));
  }

  @Get()
  @QueryDocs('Monthly fee records of a community with the collection rate over the range', FeesAnswer)
  list(@Param() { communityId }: CommunityParams, @Query() query: FeesQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    const range = { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
    return fromReadModels(this.readModels, reply, query.minPosition, () => feeRecordsOf(this.readModels.connection, communityId, range, pageOf(query)));
  }
}
