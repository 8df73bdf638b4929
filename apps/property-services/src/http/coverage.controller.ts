import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { businessDateOf } from '@linli/property-services-domain';
import { coverageOnDate } from '@linli/property-services-read-models';
import type { FastifyReply } from 'fastify';
import { PropertyReadModels } from '../read-models/property-read-models.js';
import { fromReadModels } from './answers.js';
import { QueryDocs } from './api-docs.js';
import { CoverageAnswer } from './dto/contract-views.dto.js';
import { CoverageQuery } from './dto/coverage.dto.js';
import { pageOf } from './dto/query.dto.js';

const DESCRIPTION = [
  'Which residential communities have a service contract in force on a day (the county’s full-coverage target, 物业服务全覆盖).',
  'Covered communities come from their contracts. Uncovered ones are those this service has seen (a tender, an expired or',
  'terminated contract, fees or ledger entries) without a contract in force that day. A community this service has never',
  'heard of is not listed: the register of all communities belongs to the organizations service, and county-wide coverage',
  'against the registered communities is computed by the ratings dashboard.',
].join(' ');

@ApiTags('coverage')
@Controller('coverage')
export class CoverageController {
  constructor(@Inject(PropertyReadModels) private readonly readModels: PropertyReadModels) {}

  @Get()
  @QueryDocs('Property-service coverage across the county on a date', CoverageAnswer, { description: DESCRIPTION })
  coverage(@Query() query: CoverageQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    const date = query.date ?? businessDateOf(new Date().toISOString());
    return fromReadModels(this.readModels, reply, query.minPosition, () => coverageOnDate(this.readModels.connection, date, pageOf(query), query.status));
  }
}
