import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { communityLedger, ledgerStreamName, periodRange, type CommunityLedgerCommand } from '@linli/property-services-domain';
import { ledgerForPeriod } from '@linli/property-services-read-models';
import { Cmd, CommandExecutor, type CommandAccepted, type CommandContext } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { newAggregateId } from '../application/aggregate-ids.js';
import { PropertyReadModels } from '../read-models/property-read-models.js';
import { accepted, fromReadModels } from './answers.js';
import { CommandDocs, QueryDocs } from './api-docs.js';
import { LedgerQuery, RecordExpenditureDto, RecordRevenueDto, ReverseEntryDto } from './dto/ledger.dto.js';
import { LedgerAnswer } from './dto/ledger-views.dto.js';
import { CommunityParams } from './dto/params.dto.js';
import { pageOf } from './dto/query.dto.js';

const CLOSED = 'Refused with 409 PeriodClosed when the date falls in a period whose statement is published, EntryDatedInFuture after today.';

@ApiTags('ledger')
@Controller('communities/:communityId/ledger')
export class LedgerController {
  constructor(
    @Inject(CommandExecutor) private readonly executor: CommandExecutor,
    @Inject(PropertyReadModels) private readonly readModels: PropertyReadModels,
  ) {}

  @Post('revenue')
  @CommandDocs('Record public revenue (parking, advertising, lift ads, venue rental…)', { creates: true, description: CLOSED })
  async revenue(@Param() { communityId }: CommunityParams, @Body() body: RecordRevenueDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const entryId = newAggregateId('entry', communityId, context, body.entryId);
    return accepted(reply, await this.run(communityId, entryId, context, { type: 'RecordRevenue', data: { ...body, communityId, entryId } }));
  }

  @Post('expenditure')
  @CommandDocs('Record public expenditure (repairs, greening, cleaning, security…)', { creates: true, description: CLOSED })
  async expenditure(
    @Param() { communityId }: CommunityParams,
    @Body() body: RecordExpenditureDto,
    @Cmd() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const entryId = newAggregateId('entry', communityId, context, body.entryId);
    return accepted(reply, await this.run(communityId, entryId, context, { type: 'RecordExpenditure', data: { ...body, communityId, entryId } }));
  }

  @Post('reversals')
  @CommandDocs('Correct an entry by reversing it in full (then record the right figure again)', {
    creates: true,
    description: `An entry is never edited. 404 when the entry to reverse is unknown; 409 EntryAlreadyReversed, CannotReverseAReversal, ReversalBeforeOriginal. ${CLOSED}`,
  })
  async reverse(@Param() { communityId }: CommunityParams, @Body() body: ReverseEntryDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const entryId = newAggregateId('entry', communityId, context, body.entryId);
    const data = { ...body, communityId, entryId };
    return accepted(reply, await this.run(communityId, entryId, context, { type: 'ReverseEntry', data, reason: body.reason }));
  }

  @Get()
  @QueryDocs('A community’s ledger for a month or quarter, with running totals', LedgerAnswer, {
    description: 'Amounts in whole fen (CNY 0.01). Entries by date, then in the order recorded; running totals start at the period’s first day, the balance carries the net of every earlier entry.',
  })
  ledger(@Param() { communityId }: CommunityParams, @Query() query: LedgerQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    const range = periodRange(query.period);
    // The DTO accepted the period, so it resolves.
    if (!range) throw new Error(`unresolvable period ${query.period}`);
    return fromReadModels(this.readModels, reply, query.minPosition, () => ledgerForPeriod(this.readModels.connection, communityId, range, pageOf(query)));
  }

  private run(communityId: string, id: string, context: CommandContext, command: Pick<CommunityLedgerCommand, 'type' | 'data'> & { reason?: string }): Promise<CommandAccepted> {
    return this.executor.execute(communityLedger, ledgerStreamName(communityId), id, context, command);
  }
}
