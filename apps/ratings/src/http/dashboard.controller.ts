import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RatingQueries } from '../application/rating-queries.js';
import { ReadGate } from '../application/read-gate.js';
import { DashboardQueryDto } from './dto/queries.dto.js';
import { DashboardDto } from './dto/views.dto.js';
import { QueryEndpoint } from './http-support.js';

/** The county's view of a period. */
@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(
    @Inject(RatingQueries) private readonly queries: RatingQueries,
    @Inject(ReadGate) private readonly gate: ReadGate,
  ) {}

  @Get()
  @QueryEndpoint('Communities by stars, coverage, open and overdue disputes by level, late statements, for a period (as of its end, or today)', null)
  @ApiOkResponse({ type: DashboardDto })
  async dashboard(@Query() query: DashboardQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.gate.answer(reply, query.minPosition, () => this.queries.dashboard(query.period));
  }
}
