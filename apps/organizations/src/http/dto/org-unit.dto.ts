import { ApiPropertyOptional } from '@nestjs/swagger';
import { branchFormations, isTopLevel, unitTypes, type BranchFormation, type UnitType } from '@linli/organizations-domain';
import { ArrayMaxSize, IsArray, IsIn, IsUUID, ValidateIf } from 'class-validator';
import { DateField, EnumField, IdField, TextField } from './fields.js';

const isTopLevelType = (type: unknown): boolean => (unitTypes as readonly unknown[]).includes(type) && isTopLevel(type as UnitType);

export class EstablishUnitDto {
  @IdField('Client-chosen id for an idempotent creation; generated when absent', { optional: true })
  id?: string;

  @EnumField('Kind of unit on the ladder (city → county → working committee → community organisation → residential branch → building group)', unitTypes, 'UnitType')
  type!: UnitType;

  @TextField('Name of the unit', 200, { example: 'Yingbin Garden Residential Party Branch' })
  name!: string;

  @ApiPropertyOptional({ description: 'The unit above; omitted or null only for a city party committee', type: String, format: 'uuid', nullable: true })
  @ValidateIf((dto: EstablishUnitDto) => dto.parentId != null || !isTopLevelType(dto.type))
  @IsUUID('all')
  parentId?: string | null;

  @ApiPropertyOptional({ description: 'How a residential-community branch is set up: for one estate (独建) or jointly for several (联建); required for branches, absent otherwise', enum: [...branchFormations], enumName: 'BranchFormation' })
  @ValidateIf((dto: EstablishUnitDto) => dto.formation != null || dto.type === 'residential_community_party_branch')
  @IsIn([...branchFormations])
  formation?: BranchFormation;

  @ApiPropertyOptional({ description: 'The residential communities a branch serves (one when standalone, two or more when joint); branches only', type: [String], format: 'uuid' })
  @ValidateIf((dto: EstablishUnitDto) => dto.servedCommunityIds !== undefined)
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  servedCommunityIds?: string[];

  @DateField('Date from which the unit exists (not after today, not before its parent)', { example: '2021-06-01' })
  effectiveFrom!: string;
}

export class UpgradeUnitDto {
  @EnumField('The type the unit becomes (community branch → general branch → committee)', unitTypes, 'UnitType')
  toType!: UnitType;

  @DateField('Date from which the upgrade takes effect')
  effectiveFrom!: string;
}

export class RenameUnitDto {
  @TextField('The new name', 200)
  name!: string;

  @DateField('Date from which the new name applies')
  effectiveFrom!: string;
}

export class DissolveUnitDto {
  @TextField('Why the unit is dissolved', 500, { example: 'merged into a neighbouring community' })
  reason!: string;

  @DateField('Date from which the unit no longer exists')
  effectiveFrom!: string;
}
