import { Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { localDateOf } from '@linli/organizations-domain';
import { findChildUnits, findUnit, findUnitTreeAsOf, listUnits } from '@linli/organizations-read-models';
import type { FastifyReply } from 'fastify';
import { ConsistentRead } from '../read-models/consistent-read.js';
import { ReadModelRunner } from '../read-models/read-model-runner.js';
import { IdPath, QueryDocs } from './docs.js';
import { ListUnitsQueryDto, ReadQueryDto, TreeQueryDto } from './dto/query.dto.js';
import { UnitPageDto, UnitTreeDto, UnitWithChildrenDto } from './dto/unit-views.dto.js';
import { uuidParam } from './validation.js';
import { notFound, pageOf, tagged, withRevision } from './views.js';

/** Queries on the party organisation tree, answered from the units read model. */
@ApiTags('org-units')
@Controller('org-units')
export class OrgUnitQueriesController {
  constructor(
    private readonly reads: ConsistentRead,
    private readonly readModels: ReadModelRunner,
  ) {}

  @Get()
  @QueryDocs('Units, optionally under one parent, of one type or status; a page at a time', UnitPageDto, { notFound: false })
  list(@Query() query: ListUnitsQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const { parentId, type, status, limit, after } = query;
    const filter = { ...(parentId ? { parentUnitId: parentId } : {}), ...(type ? { type } : {}), ...(status ? { status } : {}) };
    return this.reads.answer(reply, query.minPosition, async () => pageOf(await listUnits(this.readModels.connection, filter, { limit, ...(after ? { after } : {}) })));
  }

  @Get(':id')
  @IdPath()
  @QueryDocs('A unit with the units directly under it', UnitWithChildrenDto)
  unit(@Param('id', uuidParam('id')) id: string, @Query() query: ReadQueryDto, @Res() reply: FastifyReply): Promise<void> {
    return this.reads.answer(reply, query.minPosition, async () => {
      const unit = await findUnit(this.readModels.connection, id);
      if (unit === null) throw notFound('OrgUnit', id);
      const children = await findChildUnits(this.readModels.connection, id);
      return { unit: tagged(reply, unit), children: children.map(withRevision) };
    });
  }

  @Get(':id/tree')
  @IdPath()
  @QueryDocs('The tree under a unit, as it stands today or as it stood on a date (asOf): replayed from the units’ own events', UnitTreeDto)
  tree(@Param('id', uuidParam('id')) id: string, @Query() query: TreeQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const asOf = query.asOf ?? localDateOf(new Date().toISOString());
    return this.reads.answer(reply, query.minPosition, async () => {
      const { unit, tree } = await findUnitTreeAsOf(this.readModels.connection, id, asOf);
      if (unit === null) throw notFound('OrgUnit', id);
      if (tree === null) throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'UnitNotActiveOnDate', message: `unit ${id} was not active on ${asOf}` });
      return { asOf, tree };
    });
  }
}
