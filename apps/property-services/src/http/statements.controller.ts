import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotFound } from '@linli/domain-kernel';
import { statementFor, statementsOf } from '@linli/property-services-read-models';
import { Cmd, type CommandContext } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { StatementCommands } from '../application/statement-commands.js';
import { PropertyReadModels } from '../read-models/property-read-models.js';
import { accepted, fromReadModels } from './answers.js';
import { CommandDocs, QueryDocs } from './api-docs.js';
import { CommunityParams, StatementParams } from './dto/params.dto.js';
import { pageOf, PageQuery, ReadQuery } from './dto/query.dto.js';
import { StatementAnswer, StatementsPage } from './dto/statement-views.dto.js';
import { PublishStatementDto } from './dto/statement.dto.js';

@ApiTags('statements')
@Controller('communities/:communityId/statements')
export class StatementsController {
  constructor(
    @Inject(StatementCommands) private readonly statements: StatementCommands,
    @Inject(PropertyReadModels) private readonly readModels: PropertyReadModels,
  ) {}

  @Post()
  @CommandDocs('Close a month or quarter and publish its statement (收支公示)', {
    creates: true,
    description:
      'Totals the period’s entries (net of reversals) and fee records and seals them with SHA-256; from then on nothing can be dated in the period. ' +
      '409 PeriodNotEnded before the day after the period ends, StatementAlreadyPublished. The answer’s id is the period.',
  })
  async publish(
    @Param() { communityId }: CommunityParams,
    @Body() body: PublishStatementDto,
    @Cmd() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return accepted(reply, await this.statements.publish(communityId, body.period, body.publishedOn, context));
  }

  @Get()
  @QueryDocs('The published statements of a community, by period', StatementsPage)
  list(@Param() { communityId }: CommunityParams, @Query() query: PageQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    return fromReadModels(this.readModels, reply, query.minPosition, () => statementsOf(this.readModels.connection, communityId, pageOf(query)));
  }

  @Get(':period')
  @QueryDocs('A statement with its verification against the event history', StatementAnswer, {
    notFound: true,
    description: 'The verification replays the ledger stream on every request and recomputes the seal and the figures: ok is false if anything the statement covers differs.',
  })
  one(@Param() { communityId, period }: StatementParams, @Query() query: ReadQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    return fromReadModels(this.readModels, reply, query.minPosition, async () => {
      const statement = await statementFor(this.readModels.connection, communityId, period);
      if (!statement) throw new NotFound('Statement', `${communityId} ${period}`);
      return { statement, verification: await this.statements.verify(communityId, period) };
    });
  }
}
