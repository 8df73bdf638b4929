import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { NotFound } from '@linli/domain-kernel';
import { Cmd, type CommandContext } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { RatingCommands } from '../application/rating-commands.js';
import { RatingQueries } from '../application/rating-queries.js';
import { ReadGate } from '../application/read-gate.js';
import { ReadPositionQueryDto } from './dto/queries.dto.js';
import { rubricVersionInput } from './dto/rubric-input.js';
import { PublishRubricVersionDto } from './dto/rubric.dto.js';
import { answered, CommandEndpoint, QueryEndpoint, RubricIdPipe } from './http-support.js';

/** The rules communities are rated by: numbered versions, each in force from its date. */
@ApiTags('rubrics')
@Controller('rubrics')
export class RubricsController {
  constructor(
    @Inject(RatingCommands) private readonly commands: RatingCommands,
    @Inject(RatingQueries) private readonly queries: RatingQueries,
    @Inject(ReadGate) private readonly gate: ReadGate,
  ) {}

  @Post(':rubricId/versions')
  @CommandEndpoint('Publish the next version of a rubric (1 first, then latest + 1; weights sum to 100)', { creates: true, notFound: null })
  async publish(@Param('rubricId', RubricIdPipe) rubricId: string, @Body() body: PublishRubricVersionDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return answered(reply, await this.commands.publishRubricVersion(rubricId, rubricVersionInput(body), context));
  }

  @Get()
  @QueryEndpoint('Every rubric with its published versions', null)
  @ApiOkResponse({ description: '`rubrics`: each rubric with its versions, oldest first.' })
  async list(@Query() query: ReadPositionQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.gate.answer(reply, query.minPosition, async () => {
      const versions = await this.queries.rubricVersions();
      const ids = [...new Set(versions.map((v) => v.rubricId))];
      return { rubrics: ids.map((rubricId) => ({ rubricId, versions: versions.filter((v) => v.rubricId === rubricId) })) };
    });
  }

  @Get(':rubricId/versions')
  @QueryEndpoint('The published versions of a rubric, oldest first', 'No version of this rubric is published.')
  async versions(@Param('rubricId', RubricIdPipe) rubricId: string, @Query() query: ReadPositionQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.gate.answer(reply, query.minPosition, async () => {
      const versions = await this.queries.rubricVersions(rubricId);
      if (versions.length === 0) throw new NotFound('Rubric', rubricId);
      return { rubricId, versions };
    });
  }
}
