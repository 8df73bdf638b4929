import { ApiPropertyOptional } from '@nestjs/swagger';
import { memberRanks, unitTypes, type MemberRank, type UnitType } from '@linli/organizations-domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { DateField, EnumField, IdField } from './fields.js';

/** Every query: read your own write by passing the position a command answered. */
export class ReadQueryDto {
  @ApiPropertyOptional({ description: 'Wait (up to 2 s) until the read models reflect this event-store position; 202 with the position reached if they do not', type: String, pattern: '^\\d{1,20}$' })
  @IsOptional()
  @Matches(/^\d{1,20}$/, { message: 'minPosition must be an event-store position (digits)' })
  minPosition?: string;
}

export class TreeQueryDto extends ReadQueryDto {
  @DateField('Show the tree as it stood on this date (default: today, China time)', { optional: true, example: '2022-01-01' })
  asOf?: string;
}

/** A bounded page in id order. */
export class PageQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ description: 'Page size, 1 to 100', type: Number, minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;

  @ApiPropertyOptional({ description: 'The `next` of the previous page', type: String, format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  after?: string;
}

export class ListUnitsQueryDto extends PageQueryDto {
  @IdField('Only units directly under this one', { optional: true })
  parentId?: string;

  @EnumField('Only units of this type', unitTypes, 'UnitType', { optional: true })
  type?: UnitType;

  @EnumField('Only active or only dissolved units', ['active', 'dissolved'], 'UnitStatus', { optional: true })
  status?: 'active' | 'dissolved';
}

export class ListCommunitiesQueryDto extends PageQueryDto {
  @IdField('Only estates registered under this community-level unit', { optional: true })
  communityUnitId?: string;

  @ApiPropertyOptional({ description: 'Only pilots (true) or only non-pilots (false)', enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  pilot?: 'true' | 'false';
}

export class ListMembersQueryDto extends PageQueryDto {
  @EnumField('Only active members or only those who left', ['active', 'left'], 'MemberStatus', { optional: true })
  status?: 'active' | 'left';

  @EnumField('Only members of this rank', memberRanks, 'MemberRank', { optional: true })
  rank?: MemberRank;
}
