import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { Cmd, type CommandContext } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { RatingCommands } from '../application/rating-commands.js';
import { AmendAwardDto, AwardStarsDto, RevokeAwardDto } from './dto/award.dto.js';
import { answered, CommandEndpoint, CommunityIdPipe, PeriodPipe } from './http-support.js';

/** The assessors' decisions: stars for a community and period, amended or revoked with a reason. */
@ApiTags('awards')
@ApiParam({ name: 'communityId', example: 'rc-qianyue-1' })
@ApiParam({ name: 'period', example: '2025-H2', description: 'YYYY, YYYY-H1 or YYYY-H2' })
@Controller('communities/:communityId/awards/:period')
export class AwardsController {
  constructor(@Inject(RatingCommands) private readonly commands: RatingCommands) {}

  @Post()
  @CommandEndpoint('Award stars for a period, with the rubric version, score and recommendation seen (a reason when more than one star away)', {
    creates: true,
    notFound: 'The rubric version named is not published.',
  })
  async award(@Param('communityId', CommunityIdPipe) communityId: string, @Param('period', PeriodPipe) period: string, @Body() body: AwardStarsDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const { stars, rubricId, rubricVersion, scoreSeen, recommendedStars, reason } = body;
    return answered(reply, await this.commands.award(communityId, period, { stars, rubricId, rubricVersion, scoreSeen, recommendedStars, ...(reason !== undefined && { reason }) }, context));
  }

  @Post('amend')
  @CommandEndpoint('Change the stars of the award in force, with a reason')
  async amend(@Param('communityId', CommunityIdPipe) communityId: string, @Param('period', PeriodPipe) period: string, @Body() body: AmendAwardDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return answered(reply, await this.commands.amend(communityId, period, body.stars, body.reason, context));
  }

  @Post('revoke')
  @CommandEndpoint('Withdraw the award in force, with a reason (the period may then be awarded again)')
  async revoke(@Param('communityId', CommunityIdPipe) communityId: string, @Param('period', PeriodPipe) period: string, @Body() body: RevokeAwardDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return answered(reply, await this.commands.revoke(communityId, period, body.reason, context));
  }
}
