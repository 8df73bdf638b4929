import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { contractsOfCommunity } from '@linli/property-services-read-models';
import { Cmd, type CommandContext } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { ContractCommands } from '../application/contract-commands.js';
import { PropertyReadModels } from '../read-models/property-read-models.js';
import { accepted, fromReadModels } from './answers.js';
import { CommandDocs, QueryDocs } from './api-docs.js';
import { CommunityContractsAnswer } from './dto/contract-views.dto.js';
import { RecordTenderDto, RenewContractDto, SignContractDto, TerminateContractDto } from './dto/contract.dto.js';
import { CommunityParams, ContractParams } from './dto/params.dto.js';
import { ReadQuery } from './dto/query.dto.js';

@ApiTags('contracts')
@Controller('communities/:communityId')
export class ContractsController {
  constructor(
    @Inject(ContractCommands) private readonly contracts: ContractCommands,
    @Inject(PropertyReadModels) private readonly readModels: PropertyReadModels,
  ) {}

  @Post('tenders')
  @CommandDocs('Record how the owners’ committee recruited a company (选聘)', { creates: true })
  async recordTender(
    @Param() { communityId }: CommunityParams,
    @Body() body: RecordTenderDto,
    @Cmd() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return accepted(reply, await this.contracts.recordTender(communityId, body, context));
  }

  @Post('contracts')
  @CommandDocs('Sign a service contract', {
    creates: true,
    description: 'Refused with 409 when another contract of the community is in force on any day of the period (ContractPeriodsOverlap), or the company is not registered or suspended.',
  })
  async sign(@Param() { communityId }: CommunityParams, @Body() body: SignContractDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return accepted(reply, await this.contracts.sign(communityId, body, context));
  }

  @Post('contracts/:contractId/renewal')
  @CommandDocs('Renew a contract to a later end, optionally at a new fee standard', { creates: false })
  async renew(
    @Param() { communityId, contractId }: ContractParams,
    @Body() body: RenewContractDto,
    @Cmd() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return accepted(reply, await this.contracts.renew(communityId, contractId, body, context));
  }

  @Post('contracts/:contractId/termination')
  @CommandDocs('End a contract early; coverage stops the day before the termination date', { creates: false })
  async terminate(
    @Param() { communityId, contractId }: ContractParams,
    @Body() body: TerminateContractDto,
    @Cmd() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return accepted(reply, await this.contracts.terminate(communityId, contractId, body, context));
  }

  @Get('contracts')
  @QueryDocs('The tenders and contracts of a community', CommunityContractsAnswer, {
    description: 'Empty lists for a community that has none: such a community is not covered by property services.',
  })
  list(@Param() { communityId }: CommunityParams, @Query() query: ReadQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    return fromReadModels(this.readModels, reply, query.minPosition, () => contractsOfCommunity(this.readModels.connection, communityId));
  }
}
