import { BadRequestException, Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DisputeQueries } from '../application/dispute-queries.js';
import { NotYetDto } from './dto/command-accepted.dto.js';
import { CommunityDisputesDto } from './dto/dispute-views.dto.js';
import { CommunityDisputesQueryDto } from './dto/queries.dto.js';
import { EXTERNAL_ID } from './dto/validators.js';
import { notYet } from './query-support.js';

/** What a community has on its plate: its open disputes, or only the overdue ones. */
@ApiTags('disputes: queries')
@Controller('communities')
export class CommunityDisputesController {
  constructor(@Inject(DisputeQueries) private readonly queries: DisputeQueries) {}

  @Get(':communityId/disputes')
  @ApiOperation({ summary: 'A community\'s open (or overdue) disputes with both counts; newest first, paged (limit ≤ 100)' })
  @ApiParam({ name: 'communityId', example: 'rc-qianyue-1' })
  @ApiOkResponse({ type: CommunityDisputesDto })
  @ApiAcceptedResponse({ type: NotYetDto, description: 'The read models have not reached minPosition yet.' })
  @ApiResponse({ status: 400, description: 'Malformed community id or query.' })
  async ofCommunity(@Param('communityId') communityId: string, @Query() query: CommunityDisputesQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    if (!EXTERNAL_ID.test(communityId)) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'validation failed', errors: [{ field: 'communityId', rule: 'matches', message: 'communityId must be 1–128 letters, digits or . _ : -' }] });
    }
    if (!(await this.queries.reached(query.minPosition))) return notYet(reply, this.queries.position());
    const position = this.queries.position();
    return { position, ...(await this.queries.ofCommunity(communityId, query.state ?? 'open', { limit: query.limit ?? 20, after: query.after })) };
  }
}
