import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { branchFormations, unitTypes } from '@linli/organizations-domain';

// Response shapes of the unit queries, for the OpenAPI document.

export class UnitViewDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty({ enum: [...unitTypes], enumName: 'UnitType' }) type!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentUnitId!: string | null;
  @ApiProperty({ enum: [...branchFormations], enumName: 'BranchFormation', nullable: true }) formation!: string | null;
  @ApiProperty({ type: [String], description: 'Estates a residential branch serves' }) servedCommunityIds!: string[];
  @ApiProperty({ enum: ['active', 'dissolved'], enumName: 'UnitStatus' }) status!: string;
  @ApiProperty({ format: 'date' }) establishedFrom!: string;
  @ApiPropertyOptional({ format: 'date' }) dissolvedFrom?: string;
  @ApiProperty({ format: 'date', description: 'A later change may not take effect before this date' }) lastEffectiveFrom!: string;
  @ApiProperty({ description: 'Stream revision, for If-Match', example: '2' }) revision!: string;
}

export class UnitWithChildrenDto {
  @ApiProperty({ description: 'Event-store position the answer reflects' }) position!: string;
  @ApiProperty({ type: () => UnitViewDto }) unit!: UnitViewDto;
  @ApiProperty({ type: () => [UnitViewDto], description: 'Units directly under it (active and dissolved), by name' }) children!: UnitViewDto[];
}

export class UnitPageDto {
  @ApiProperty() position!: string;
  @ApiProperty({ type: () => [UnitViewDto] }) items!: UnitViewDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `after` for the next page' }) next!: string | null;
}

export class TreeNodeDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty({ enum: [...unitTypes], enumName: 'UnitType' }) type!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentUnitId!: string | null;
  @ApiProperty({ enum: [...branchFormations], enumName: 'BranchFormation', nullable: true }) formation!: string | null;
  @ApiProperty({ type: [String] }) servedCommunityIds!: string[];
  @ApiProperty({ type: () => [TreeNodeDto], description: 'Units active on the date under this one, by name' }) children!: TreeNodeDto[];
}

export class UnitTreeDto {
  @ApiProperty() position!: string;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: () => TreeNodeDto }) tree!: TreeNodeDto;
}
