import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { residentialCommunityDecider, residentialCommunityStreamName, type ResidentialCommunityCommand } from '@linli/organizations-domain';
import { Cmd, CommandExecutor, type CommandAccepted, type CommandContext } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { EstateCommands } from '../application/estate-commands.js';
import { accepted, parentTypeIsBadInput } from './command-answer.js';
import { CommandDocs, IdPath } from './docs.js';
import {
  DesignatePilotDto,
  DissolveOwnersCommitteeDto,
  ElectOwnersCommitteeDto,
  FormPropertyCommitteeDto,
  FormSupervisoryBoardDto,
  RegisterCommunityDto,
  WithdrawPilotDto,
} from './dto/community.dto.js';
import { uuidParam } from './validation.js';

type Reply = FastifyReply;

/** Commands on residential communities (小区): registration, pilot status and self-governing bodies. */
@ApiTags('communities')
@Controller('communities')
export class CommunitiesController {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly estates: EstateCommands,
  ) {}

  @Post()
  @CommandDocs('Register an estate under a community-level unit (RegisterResidentialCommunity); a unit of another type is a 400 on communityUnitId', { creates: true })
  async register(@Body() dto: RegisterCommunityDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply): Promise<CommandAccepted> {
    const { id, ...rest } = dto;
    return accepted(reply, await parentTypeIsBadInput('communityUnitId', this.estates.registerCommunity({ ...rest, communityId: id }, context)));
  }

  @Post(':id/designate-pilot')
  @IdPath()
  @CommandDocs('Make the estate a pilot of the programme (DesignatePilot)')
  designatePilot(@Param('id', uuidParam('id')) id: string, @Body() dto: DesignatePilotDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply) {
    return this.run(reply, id, context, { type: 'DesignatePilot', data: { communityId: id, designatedOn: dto.designatedOn } });
  }

  @Post(':id/withdraw-pilot')
  @IdPath()
  @CommandDocs('End the pilot status, with a reason (WithdrawPilot)')
  withdrawPilot(@Param('id', uuidParam('id')) id: string, @Body() dto: WithdrawPilotDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply) {
    return this.run(reply, id, context, { type: 'WithdrawPilot', data: { communityId: id, withdrawnOn: dto.withdrawnOn, reason: dto.reason } });
  }

  @Post(':id/elect-owners-committee')
  @IdPath()
  @CommandDocs("Record the election of an owners' committee where none sits (ElectOwnersCommittee); 409 ResidentialCommunityNotRegistered for an unregistered estate")
  elect(@Param('id', uuidParam('id')) id: string, @Body() dto: ElectOwnersCommitteeDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply) {
    return this.run(reply, id, context, { type: 'ElectOwnersCommittee', data: { communityId: id, ...election(dto) } });
  }

  @Post(':id/re-elect-owners-committee')
  @IdPath()
  @CommandDocs("Record the next term of the sitting owners' committee (ReElectOwnersCommittee)")
  reElect(@Param('id', uuidParam('id')) id: string, @Body() dto: ElectOwnersCommitteeDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply) {
    return this.run(reply, id, context, { type: 'ReElectOwnersCommittee', data: { communityId: id, ...election(dto) } });
  }

  @Post(':id/dissolve-owners-committee')
  @IdPath()
  @CommandDocs("Record that the sitting owners' committee was dissolved (DissolveOwnersCommittee)")
  dissolveCommittee(@Param('id', uuidParam('id')) id: string, @Body() dto: DissolveOwnersCommitteeDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply) {
    return this.run(reply, id, context, { type: 'DissolveOwnersCommittee', data: { communityId: id, dissolvedOn: dto.dissolvedOn, reason: dto.reason } });
  }

  @Post(':id/form-supervisory-board')
  @IdPath()
  @CommandDocs("Record that the owners' supervisory board (业主监事会) was formed (FormSupervisoryBoard)")
  formBoard(@Param('id', uuidParam('id')) id: string, @Body() dto: FormSupervisoryBoardDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply) {
    const members = dto.members.map(({ subjectId, role }) => ({ subjectId, role }));
    return this.run(reply, id, context, { type: 'FormSupervisoryBoard', data: { communityId: id, members, formedOn: dto.formedOn } });
  }

  @Post(':id/form-property-committee')
  @IdPath()
  @CommandDocs('Record that the property committee (物业管理委员会) was formed (FormPropertyCommittee)')
  formPropertyCommittee(@Param('id', uuidParam('id')) id: string, @Body() dto: FormPropertyCommitteeDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: Reply) {
    const members = dto.members.map(({ subjectId, role }) => ({ subjectId, role }));
    return this.run(reply, id, context, { type: 'FormPropertyCommittee', data: { communityId: id, members, formedOn: dto.formedOn } });
  }

  private async run(reply: Reply, communityId: string, context: CommandContext, command: Omit<ResidentialCommunityCommand, 'metadata'>): Promise<CommandAccepted> {
    return accepted(reply, await this.executor.execute(residentialCommunityDecider, residentialCommunityStreamName(communityId), communityId, context, command));
  }
}

/** Plain members (not DTO instances) go into the events. */
function election(dto: ElectOwnersCommitteeDto) {
  const members = dto.members.map(({ subjectId, role }) => ({ subjectId, role }));
  return { members, electedOn: dto.electedOn, termStart: dto.termStart, termEnd: dto.termEnd };
}
