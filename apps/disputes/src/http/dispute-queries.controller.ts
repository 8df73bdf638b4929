import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ReaderOf, type Reader } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { DisputeQueries } from '../application/dispute-queries.js';
import { DisputeIdPipe } from './command-docs.js';
import { NotYetDto } from './dto/command-accepted.dto.js';
import { DisputeDetailDto, DisputePageDto } from './dto/dispute-views.dto.js';
import { ListDisputesQueryDto, ReadPositionQueryDto } from './dto/queries.dto.js';
import { notYet, reportedRange } from './query-support.js';

/** Disputes as the read models know them; `minPosition` reads your own writes. */
@ApiTags('disputes: queries')
@Controller('disputes')
export class DisputeQueriesController {
  constructor(@Inject(DisputeQueries) private readonly queries: DisputeQueries) {}

  @Get(':id')
  @ApiOperation({ summary: 'A dispute with its history; parties\' personal data only for allowed roles' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DisputeDetailDto, description: 'The ETag header carries the revision.' })
  @ApiAcceptedResponse({ type: NotYetDto, description: 'The read models have not reached minPosition yet.' })
  @ApiResponse({ status: 400, description: 'Malformed id or query.' })
  @ApiResponse({ status: 404, description: 'No such dispute (as far as the read models know).' })
  async detail(@Param('id', DisputeIdPipe) id: string, @Query() query: ReadPositionQueryDto, @ReaderOf() reader: Reader, @Res({ passthrough: true }) reply: FastifyReply) {
    if (!(await this.queries.reached(query.minPosition))) return notYet(reply, this.queries.position());
    const position = this.queries.position();
    const dispute = await this.queries.detail(id, reader);
    void reply.header('ETag', `"${dispute.revision}"`);
    return { position, ...dispute };
  }

  @Get()
  @ApiOperation({ summary: 'Disputes by community, category, level, status, overdue and report dates; newest first, paged (limit ≤ 100)' })
  @ApiOkResponse({ type: DisputePageDto })
  @ApiAcceptedResponse({ type: NotYetDto, description: 'The read models have not reached minPosition yet.' })
  @ApiResponse({ status: 400, description: 'A filter or the page size is out of range (`errors` names the field).' })
  async list(@Query() query: ListDisputesQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    if (!(await this.queries.reached(query.minPosition))) return notYet(reply, this.queries.position());
    const position = this.queries.position();
    const { communityId, category, status, overdue } = query;
    const filter = { communityId, category, status, overdue, level: query.level as 0 | 1 | 2 | 3 | 4 | undefined, ...reportedRange(query.reportedFrom, query.reportedTo) };
    const defined = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
    return { position, ...(await this.queries.list(defined, { limit: query.limit ?? 20, after: query.after })) };
  }
}
