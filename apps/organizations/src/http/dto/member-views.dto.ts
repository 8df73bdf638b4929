import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { memberRanks } from '@linli/organizations-domain';
import { PersonDto } from './member.dto.js';

// Response shapes of the member queries, for the OpenAPI document.

export class ServicePostDto {
  @ApiProperty() post!: string;
  @ApiProperty({ format: 'date' }) takenOn!: string;
}

export class MemberMoveDto {
  @ApiProperty({ enum: ['reported_back', 'transferred', 'left'] }) kind!: string;
  @ApiProperty({ format: 'date' }) on!: string;
  @ApiProperty({ format: 'uuid' }) branchUnitId!: string;
  @ApiProperty({ format: 'uuid' }) communityId!: string;
}

export class AssessmentDto {
  @ApiProperty() score!: number;
  @ApiProperty({ enum: ['excellent', 'good', 'fair', 'poor'], enumName: 'Grade' }) grade!: string;
  @ApiProperty() reason!: string;
}

export class MemberViewDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty({ description: 'Pseudonymous subject id' }) subjectId!: string;
  @ApiProperty({ enum: ['active', 'left'], enumName: 'MemberStatus' }) status!: string;
  @ApiProperty({ format: 'uuid' }) branchUnitId!: string;
  @ApiProperty({ format: 'uuid' }) communityId!: string;
  @ApiProperty({ enum: [...memberRanks], enumName: 'MemberRank' }) rank!: string;
  @ApiProperty() workUnit!: string;
  @ApiProperty({ format: 'date' }) firstReportedOn!: string;
  @ApiProperty({ format: 'date' }) lastMovedOn!: string;
  @ApiProperty({ type: () => ServicePostDto, nullable: true }) post!: ServicePostDto | null;
  @ApiProperty({ description: 'Total hours of service recorded' }) serviceHours!: number;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(AssessmentDto) }, description: 'By period (2025, 2025-H1, 2025-Q3)' })
  assessments!: Record<string, AssessmentDto>;
  @ApiProperty({ type: () => [MemberMoveDto] }) moves!: MemberMoveDto[];
  @ApiProperty({ example: '4' }) revision!: string;
}

export class MemberRecordViewDto extends MemberViewDto {
  @ApiPropertyOptional({ type: () => PersonDto, nullable: true, description: 'Name and phone (personal data), from the event store only' })
  person!: PersonDto | null;
}

export class MemberRecordDto {
  @ApiProperty() position!: string;
  @ApiProperty({ type: () => MemberRecordViewDto }) member!: MemberRecordViewDto;
}

export class MemberPageDto {
  @ApiProperty() position!: string;
  @ApiProperty({ type: () => [MemberViewDto], description: 'No names or phones: ask for one member to see them' }) items!: MemberViewDto[];
  @ApiProperty({ type: String, nullable: true }) next!: string | null;
}
