import { ApiProperty } from '@nestjs/swagger';
import { BoardMemberDto, CommitteeMemberDto } from './body-member.dto.js';

// Response shapes of the residential community queries, for the OpenAPI document.

export class PilotDto {
  @ApiProperty({ format: 'date' }) since!: string;
}

export class OwnersCommitteeDto {
  @ApiProperty({ description: '1 for the first committee the estate elected, counting on across dissolutions' }) term!: number;
  @ApiProperty({ type: () => [CommitteeMemberDto] }) members!: CommitteeMemberDto[];
  @ApiProperty({ format: 'date' }) electedOn!: string;
  @ApiProperty({ format: 'date' }) termStart!: string;
  @ApiProperty({ format: 'date' }) termEnd!: string;
}

export class SupervisoryBoardDto {
  @ApiProperty({ type: () => [BoardMemberDto] }) members!: BoardMemberDto[];
  @ApiProperty({ format: 'date' }) formedOn!: string;
}

export class PropertyCommitteeDto {
  @ApiProperty({ type: () => [CommitteeMemberDto] }) members!: CommitteeMemberDto[];
  @ApiProperty({ format: 'date' }) formedOn!: string;
}

export class CommunityViewDto {
  @ApiProperty({ format: 'uuid' }) communityId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() address!: string;
  @ApiProperty() households!: number;
  @ApiProperty() buildingCount!: number;
  @ApiProperty({ format: 'uuid' }) communityUnitId!: string;
  @ApiProperty({ type: () => PilotDto, nullable: true }) pilot!: PilotDto | null;
  @ApiProperty({ type: () => OwnersCommitteeDto, nullable: true, description: "The sitting owners' committee" }) ownersCommittee!: OwnersCommitteeDto | null;
  @ApiProperty() termsElected!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastDissolvedOn!: string | null;
  @ApiProperty({ type: () => SupervisoryBoardDto, nullable: true }) supervisoryBoard!: SupervisoryBoardDto | null;
  @ApiProperty({ type: () => PropertyCommitteeDto, nullable: true }) propertyCommittee!: PropertyCommitteeDto | null;
  @ApiProperty({ example: '3' }) revision!: string;
}

export class MemberCountsDto {
  @ApiProperty({ description: 'Active members reported back to the estate' }) active!: number;
  @ApiProperty({ description: 'Of them, department-level cadres' }) departmentLevel!: number;
}

export class CommunityWithBodiesDto {
  @ApiProperty() position!: string;
  @ApiProperty({ type: () => CommunityViewDto }) community!: CommunityViewDto;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The active residential branch serving the estate' }) servedByBranchId!: string | null;
  @ApiProperty({ type: () => MemberCountsDto }) members!: MemberCountsDto;
}

export class CommunityPageDto {
  @ApiProperty() position!: string;
  @ApiProperty({ type: () => [CommunityViewDto] }) items!: CommunityViewDto[];
  @ApiProperty({ type: String, nullable: true }) next!: string | null;
}
