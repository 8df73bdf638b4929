import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiTags } from '@nestjs/swagger';
import { findMember } from '@linli/organizations-read-models';
import type { FastifyReply } from 'fastify';
import { MemberPerson } from '../application/member-person.js';
import { ConsistentRead } from '../read-models/consistent-read.js';
import { ReadModelRunner } from '../read-models/read-model-runner.js';
import { IdPath, QueryDocs } from './docs.js';
import { AssessmentDto, MemberRecordDto } from './dto/member-views.dto.js';
import { ReadQueryDto } from './dto/query.dto.js';
import { uuidParam } from './validation.js';
import { notFound, tagged } from './views.js';

/** A member's record: the read model, with the name and phone read from the event store. */
@ApiTags('members')
@ApiExtraModels(AssessmentDto)
@Controller('members')
export class MemberQueriesController {
  constructor(
    private readonly reads: ConsistentRead,
    private readonly readModels: ReadModelRunner,
    private readonly people: MemberPerson,
  ) {}

  @Get(':id')
  @IdPath()
  @QueryDocs("A member's record: branch, estate, rank, service post and hours, assessments by period, moves", MemberRecordDto)
  member(@Param('id', uuidParam('id')) id: string, @Query() query: ReadQueryDto, @Res() reply: FastifyReply): Promise<void> {
    return this.reads.answer(reply, query.minPosition, async () => {
      const member = await findMember(this.readModels.connection, id);
      if (member === null) throw notFound('Member', id);
      return { member: { ...tagged(reply, member), person: await this.people.of(id) } };
    });
  }
}
