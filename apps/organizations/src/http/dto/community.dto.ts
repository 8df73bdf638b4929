import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { BoardMemberDto, CommitteeMemberDto } from './body-member.dto.js';
import { DateField, IdField, TextField } from './fields.js';

export class RegisterCommunityDto {
  @IdField('Client-chosen id for an idempotent registration; generated when absent', { optional: true })
  id?: string;

  @TextField('Name of the residential community (小区)', 200, { example: 'Yingbin Garden' })
  name!: string;

  @TextField('Street address', 300, { example: '18 Yingbin Avenue, Yugan' })
  address!: string;

  @ApiProperty({ description: 'Number of households', minimum: 1, maximum: 100_000, example: 640 })
  @IsInt()
  @Min(1)
  @Max(100_000)
  households!: number;

  @ApiProperty({ description: 'Number of residential buildings', minimum: 1, maximum: 1_000, example: 12 })
  @IsInt()
  @Min(1)
  @Max(1_000)
  buildingCount!: number;

  @IdField('The community-level unit (社区党委 or general branch) the estate is registered under')
  communityUnitId!: string;
}

export class DesignatePilotDto {
  @DateField('Date the estate became a pilot of the programme')
  designatedOn!: string;
}

export class WithdrawPilotDto {
  @DateField('Date the pilot status ended')
  withdrawnOn!: string;

  @TextField('Why the pilot status ended', 500)
  reason!: string;
}

export class ElectOwnersCommitteeDto {
  @ApiProperty({ description: "The committee's members: 5 to 11, an odd number, exactly one director", type: () => [CommitteeMemberDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(21)
  @ValidateNested({ each: true })
  @Type(() => CommitteeMemberDto)
  members!: CommitteeMemberDto[];

  @DateField('Date of the election')
  electedOn!: string;

  @DateField('First day of the term (on or after the election)')
  termStart!: string;

  @DateField('Last day of the term (at most five years after it starts)', { example: '2030-05-19' })
  termEnd!: string;
}

export class DissolveOwnersCommitteeDto {
  @DateField('Date the sitting committee was dissolved')
  dissolvedOn!: string;

  @TextField('Why it was dissolved', 500)
  reason!: string;
}

export class FormSupervisoryBoardDto {
  @ApiProperty({ description: 'The board members, exactly one chair', type: () => [BoardMemberDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(21)
  @ValidateNested({ each: true })
  @Type(() => BoardMemberDto)
  members!: BoardMemberDto[];

  @DateField('Date the board was formed')
  formedOn!: string;
}

export class FormPropertyCommitteeDto {
  @ApiProperty({ description: 'The committee members, exactly one director', type: () => [CommitteeMemberDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(21)
  @ValidateNested({ each: true })
  @Type(() => CommitteeMemberDto)
  members!: CommitteeMemberDto[];

  @DateField('Date the committee was formed')
  formedOn!: string;
}
