import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RatingQueries, type RubricChoice } from '../application/rating-queries.js';
import { ReadGate } from '../application/read-gate.js';
import { RatingHistoryQueryDto, RatingQueryDto, RubricChoiceQueryDto, TimelineQueryDto } from './dto/queries.dto.js';
import { CommunityRatingDto, TimelinePageDto } from './dto/views.dto.js';
import { CommunityIdPipe, PeriodPipe, QueryEndpoint } from './http-support.js';

const choiceOf = (query: RubricChoiceQueryDto): RubricChoice => ({
  ...(query.rubricId !== undefined && { rubricId: query.rubricId }),
  ...(query.rubricVersion !== undefined && { rubricVersion: query.rubricVersion }),
});
const listOf = (value: string | undefined): string[] | undefined => value?.split(',');

/** What the county looks at per community: its rating and why, its rating history, its governance history. */
@ApiTags('communities')
@ApiParam({ name: 'communityId', example: 'rc-qianyue-1' })
@Controller('communities/:communityId')
export class CommunitiesController {
  constructor(
    @Inject(RatingQueries) private readonly queries: RatingQueries,
    @Inject(ReadGate) private readonly gate: ReadGate,
  ) {}

  @Get('ratings/:period')
  @ApiParam({ name: 'period', example: '2025-H2' })
  @QueryEndpoint('The rating of a period: score per criterion with the events behind it, total, recommended and awarded stars (rubricVersion= recomputes under another version; asOf=/asAt= answer as it stood then, by bounded replay of the event log, naming the projection version and positions used)', 'Unknown community, or no rubric version for the period.')
  @ApiOkResponse({ type: CommunityRatingDto })
  async rating(@Param('communityId', CommunityIdPipe) communityId: string, @Param('period', PeriodPipe) period: string, @Query() query: RatingQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    if (query.asOf !== undefined || query.asAt !== undefined) {
      const bounds = { ...(query.asOf !== undefined && { asOf: query.asOf }), ...(query.asAt !== undefined && { asAt: query.asAt }) };
      return this.queries.ratingAsOf(communityId, period, choiceOf(query), bounds);
    }
    return this.gate.answer(reply, query.minPosition, () => this.queries.rating(communityId, period, choiceOf(query)));
  }

  @Get('ratings')
  @QueryEndpoint('Rating history: each period awarded (or asked for) with its rating under the rules of the time, the award and every decision', 'Unknown community.')
  async history(@Param('communityId', CommunityIdPipe) communityId: string, @Query() query: RatingHistoryQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.gate.answer(reply, query.minPosition, () => this.queries.history(communityId, listOf(query.periods) ?? [], choiceOf(query)));
  }

  @Get('governance-history')
  @QueryEndpoint('Governance history: everything that happened to the community across the four services, newest first, paged, by kind, service and local days', 'Unknown community.')
  @ApiOkResponse({ type: TimelinePageDto })
  async timeline(@Param('communityId', CommunityIdPipe) communityId: string, @Query() query: TimelineQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const filter = { kinds: listOf(query.kind), contexts: listOf(query.context), from: query.from, to: query.to };
    return this.gate.answer(reply, query.minPosition, () => this.queries.timeline(communityId, filter, { limit: query.limit ?? 20, ...(query.after !== undefined && { after: query.after }) }));
  }
}
