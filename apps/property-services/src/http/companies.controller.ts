import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotFound } from '@linli/domain-kernel';
import { findCompany, listCompanies } from '@linli/property-services-read-models';
import { Cmd, type CommandContext } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { CompanyCommands } from '../application/company-commands.js';
import { PropertyReadModels } from '../read-models/property-read-models.js';
import { accepted, fromReadModels } from './answers.js';
import { CommandDocs, QueryDocs } from './api-docs.js';
import { CompanyAnswer, CompaniesAnswer } from './dto/company-views.dto.js';
import { CompaniesQuery, RegisterCompanyDto, SuspendCompanyDto } from './dto/company.dto.js';
import { CompanyParams } from './dto/params.dto.js';
import { pageOf, ReadQuery } from './dto/query.dto.js';

@ApiTags('companies')
@Controller('companies')
export class CompaniesController {
  constructor(
    @Inject(CompanyCommands) private readonly companies: CompanyCommands,
    @Inject(PropertyReadModels) private readonly readModels: PropertyReadModels,
  ) {}

  @Post()
  @CommandDocs('Register a property service company (物业服务企业)', {
    creates: true,
    description: 'A credit code belongs to one company: a code already registered is refused with 409 CreditCodeAlreadyRegistered.',
  })
  async register(@Body() body: RegisterCompanyDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return accepted(reply, await this.companies.register(body, context));
  }

  @Post(':companyId/suspension')
  @CommandDocs('Suspend a company (county officers): it may not sign or renew contracts until reinstated', { creates: false })
  async suspend(
    @Param() { companyId }: CompanyParams,
    @Body() body: SuspendCompanyDto,
    @Cmd() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return accepted(reply, await this.companies.suspend(companyId, body.reason, context));
  }

  @Post(':companyId/reinstatement')
  @CommandDocs('Reinstate a suspended company', { creates: false })
  async reinstate(@Param() { companyId }: CompanyParams, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return accepted(reply, await this.companies.reinstate(companyId, context));
  }

  @Get()
  @QueryDocs('The company register, by name', CompaniesAnswer)
  list(@Query() query: CompaniesQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    return fromReadModels(this.readModels, reply, query.minPosition, () => listCompanies(this.readModels.connection, pageOf(query), query.status));
  }

  @Get(':companyId')
  @QueryDocs('One company of the register', CompanyAnswer, { notFound: true })
  one(@Param() { companyId }: CompanyParams, @Query() query: ReadQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    return fromReadModels(this.readModels, reply, query.minPosition, async () => {
      const company = await findCompany(this.readModels.connection, companyId);
      if (!company) throw new NotFound('PropertyCompany', companyId);
      return { company };
    });
  }
}
