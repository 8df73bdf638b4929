import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { countActiveMembers, findBranchServing, findCommunity, listCommunities, listMembers, listReceptionDays } from '@linli/organizations-read-models';
import type { FastifyReply } from 'fastify';
import { ConsistentRead } from '../read-models/consistent-read.js';
import { ReadModelRunner } from '../read-models/read-model-runner.js';
import { IdPath, QueryDocs } from './docs.js';
import { CommunityPageDto, CommunityWithBodiesDto } from './dto/community-views.dto.js';
import { MemberPageDto } from './dto/member-views.dto.js';
import { ListCommunitiesQueryDto, ListMembersQueryDto, PageQueryDto, ReadQueryDto } from './dto/query.dto.js';
import { ReceptionDayPageDto } from './dto/reception-day-views.dto.js';
import { uuidParam } from './validation.js';
import { notFound, pageOf, tagged } from './views.js';

/** Queries on residential communities: their bodies, members and reception days. */
@ApiTags('communities')
@Controller('communities')
export class CommunityQueriesController {
  constructor(
    private readonly reads: ConsistentRead,
    private readonly readModels: ReadModelRunner,
  ) {}

  @Get()
  @QueryDocs('Residential communities, optionally under one community-level unit or only pilots; a page at a time', CommunityPageDto, { notFound: false })
  list(@Query() query: ListCommunitiesQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const { communityUnitId, pilot, limit, after } = query;
    const filter = { ...(communityUnitId ? { communityUnitId } : {}), ...(pilot ? { pilot: pilot === 'true' } : {}) };
    return this.reads.answer(reply, query.minPosition, async () => pageOf(await listCommunities(this.readModels.connection, filter, { limit, ...(after ? { after } : {}) })));
  }

  @Get(':id')
  @IdPath()
  @QueryDocs("A residential community with its pilot status, owners' committee, supervisory board, property committee, serving branch and member counts", CommunityWithBodiesDto)
  community(@Param('id', uuidParam('id')) id: string, @Query() query: ReadQueryDto, @Res() reply: FastifyReply): Promise<void> {
    return this.reads.answer(reply, query.minPosition, async () => {
      const community = await this.requireCommunity(id);
      const [servedByBranchId, counts] = await Promise.all([findBranchServing(this.readModels.connection, id), countActiveMembers(this.readModels.connection, id)]);
      return { community: tagged(reply, community), servedByBranchId, members: { active: counts.total, departmentLevel: counts.departmentLevel } };
    });
  }

  @Get(':id/members')
  @IdPath()
  @QueryDocs('The members reported back to a residential community (no names: ask for one member to see them); a page at a time', MemberPageDto)
  members(@Param('id', uuidParam('id')) id: string, @Query() query: ListMembersQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const { status, rank, limit, after } = query;
    return this.reads.answer(reply, query.minPosition, async () => {
      await this.requireCommunity(id);
      const filter = { communityId: id, ...(status ? { status } : {}), ...(rank ? { rank } : {}) };
      return pageOf(await listMembers(this.readModels.connection, filter, { limit, ...(after ? { after } : {}) }));
    });
  }

  @Get(':id/reception-days')
  @IdPath()
  @QueryDocs('The reception days of a residential community; a page at a time', ReceptionDayPageDto)
  receptionDays(@Param('id', uuidParam('id')) id: string, @Query() query: PageQueryDto, @Res() reply: FastifyReply): Promise<void> {
    return this.reads.answer(reply, query.minPosition, async () => {
      await this.requireCommunity(id);
      return pageOf(await listReceptionDays(this.readModels.connection, { communityId: id }, { limit: query.limit, ...(query.after ? { after: query.after } : {}) }));
    });
  }

  private async requireCommunity(id: string) {
    const community = await findCommunity(this.readModels.connection, id);
    if (community === null) throw notFound('ResidentialCommunity', id);
    return community;
  }
}
