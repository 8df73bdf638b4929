import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { orgUnitDecider, orgUnitStreamName, type OrgUnitCommand } from '@linli/organizations-domain';
import { Cmd, CommandExecutor, type CommandAccepted, type CommandContext } from '@linli/service-kit';
import type { FastifyReply } from 'fastify';
import { OrgUnitCommands } from '../application/org-unit-commands.js';
import { accepted, parentTypeIsBadInput } from './command-answer.js';
import { CommandDocs, IdPath } from './docs.js';
import { DissolveUnitDto, EstablishUnitDto, RenameUnitDto, UpgradeUnitDto } from './dto/org-unit.dto.js';
import { uuidParam } from './validation.js';

/** Commands on the party organisation tree (市委 → 县委 → 党工委 → 社区党委 → 小区党支部 → 楼栋党小组). */
@ApiTags('org-units')
@Controller('org-units')
export class OrgUnitsController {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly units: OrgUnitCommands,
  ) {}

  @Post()
  @CommandDocs('Establish a unit under a parent of an allowed type (EstablishUnit); a parent of the wrong type is a 400 on parentId', { creates: true })
  async establish(@Body() dto: EstablishUnitDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommandAccepted> {
    const { id, parentId, formation, servedCommunityIds, ...rest } = dto;
    const input = { ...rest, unitId: id, parentUnitId: parentId ?? null, formation: formation ?? null, servedCommunityIds: servedCommunityIds ?? [] };
    return accepted(reply, await parentTypeIsBadInput('parentId', this.units.establish(input, context)));
  }

  @Post(':id/upgrade')
  @IdPath()
  @CommandDocs('Upgrade a community branch to a general branch or committee (UpgradeUnit)')
  upgrade(@Param('id', uuidParam('id')) id: string, @Body() dto: UpgradeUnitDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.run(reply, id, context, { type: 'UpgradeUnit', data: { unitId: id, toType: dto.toType, effectiveFrom: dto.effectiveFrom } });
  }

  @Post(':id/rename')
  @IdPath()
  @CommandDocs('Rename a unit (RenameUnit); the same name again records nothing')
  rename(@Param('id', uuidParam('id')) id: string, @Body() dto: RenameUnitDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.run(reply, id, context, { type: 'RenameUnit', data: { unitId: id, name: dto.name, effectiveFrom: dto.effectiveFrom } });
  }

  @Post(':id/dissolve')
  @IdPath()
  @CommandDocs('Dissolve a unit with no active units under it (DissolveUnit); 409 UnitHasActiveChildren otherwise')
  async dissolve(@Param('id', uuidParam('id')) id: string, @Body() dto: DissolveUnitDto, @Cmd() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return accepted(reply, await this.units.dissolve(id, { reason: dto.reason, effectiveFrom: dto.effectiveFrom }, context));
  }

  private async run(reply: FastifyReply, unitId: string, context: CommandContext, command: Omit<OrgUnitCommand, 'metadata'>): Promise<CommandAccepted> {
    return accepted(reply, await this.executor.execute(orgUnitDecider, orgUnitStreamName(unitId), unitId, context, command));
  }
}
