import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COUNTY_DEPARTMENTS, DISPUTE_CATEGORIES, PARTY_ROLES, REPORTING_CHANNELS, RESOLUTION_OUTCOMES, URGENCIES } from '@linli/disputes-domain';
import { SUMMARY_STATUSES } from './queries.dto.js';

// The shapes the queries answer, for the OpenAPI document (the values come from the read models).

export class PartyViewDto {
  @ApiProperty() readonly subjectId!: string;
  @ApiProperty({ enum: PARTY_ROLES, enumName: 'PartyRole' }) readonly role!: string;
  @ApiPropertyOptional({ description: 'Only for roles allowed to see personal data.' }) readonly name?: string;
  @ApiPropertyOptional({ description: 'Only for roles allowed to see personal data.' }) readonly phone?: string;
  @ApiPropertyOptional({ description: 'Only for roles allowed to see personal data.' }) readonly room?: string;
}

export class SatisfactionDto {
  @ApiProperty({ description: 'Ratings given for the latest resolution.' }) readonly ratings!: number;
  @ApiProperty({ description: 'Sum of their scores (1–5 each).' }) readonly total!: number;
}

/** A dispute as lists show it (no personal data). Times are UTC. */
export class DisputeSummaryDto {
  @ApiProperty({ format: 'uuid' }) readonly disputeId!: string;
  @ApiProperty() readonly communityId!: string;
  @ApiProperty({ enum: DISPUTE_CATEGORIES, enumName: 'DisputeCategory' }) readonly category!: string;
  @ApiProperty({ enum: URGENCIES, enumName: 'Urgency' }) readonly urgency!: string;
  @ApiProperty({ enum: REPORTING_CHANNELS, enumName: 'ReportingChannel' }) readonly channel!: string;
  @ApiProperty({ type: String, nullable: true }) readonly hotlineTicketId!: string | null;
  @ApiProperty({ type: [PartyViewDto], description: 'Subject ids and roles.' }) readonly parties!: PartyViewDto[];
  @ApiProperty({ enum: SUMMARY_STATUSES, enumName: 'DisputeStatus' }) readonly status!: string;
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 4, description: 'Null until accepted.' }) readonly level!: number | null;
  @ApiProperty({ enum: COUNTY_DEPARTMENTS, enumName: 'CountyDepartment', nullable: true }) readonly department!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly mediatorId!: string | null;
  @ApiProperty({ format: 'date-time' }) readonly reportedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly acceptedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Deadline of the current level while open.' }) readonly dueAt!: string | null;
  @ApiProperty({ description: 'The current level\'s deadline has passed.' }) readonly overdue!: boolean;
  @ApiProperty() readonly overdueCount!: number;
  @ApiProperty() readonly escalationCount!: number;
  @ApiProperty() readonly sessionCount!: number;
  @ApiProperty() readonly reopenCount!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly resolvedAt!: string | null;
  @ApiProperty({ enum: RESOLUTION_OUTCOMES, enumName: 'ResolutionOutcome', nullable: true }) readonly outcome!: string | null;
  @ApiProperty({ type: Number, nullable: true }) readonly workingDaysToResolve!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly closedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was rejected or withdrawn.' }) readonly endedAt!: string | null;
  @ApiProperty({ type: SatisfactionDto }) readonly satisfaction!: SatisfactionDto;
  @ApiProperty({ format: 'date-time', description: 'Business time of the latest event.' }) readonly updatedAt!: string;
  @ApiProperty({ description: 'Stream revision (also the ETag).' }) readonly revision!: number;
}

export class HistoryEntryDto {
  @ApiProperty({ example: 'DisputeEscalated' }) readonly type!: string;
  @ApiProperty({ format: 'date-time' }) readonly at!: string;
  @ApiProperty() readonly position!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event\'s details (no personal data).' }) readonly details!: object;
}

export class DisputeDetailDto extends DisputeSummaryDto {
  @ApiProperty({ description: 'Position of the read models that answered.' }) readonly position!: string;
  @ApiProperty({ enum: ['shown', 'redacted'], description: 'Whether parties\' personal fields are included (by the caller\'s role).' }) readonly personalData!: string;
  @ApiProperty({ type: [HistoryEntryDto], description: 'Oldest first.' }) readonly history!: HistoryEntryDto[];
}

export class DisputePageDto {
  @ApiProperty({ description: 'Position of the read models that answered.' }) readonly position!: string;
  @ApiProperty({ type: [DisputeSummaryDto] }) readonly items!: DisputeSummaryDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `after` for the next page; null on the last.' }) readonly next!: string | null;
  @ApiProperty({ description: 'How many disputes match in all.' }) readonly total!: number;
}

export class OpenCountsDto {
  @ApiProperty() readonly open!: number;
  @ApiProperty() readonly overdue!: number;
}

export class CommunityDisputesDto extends DisputePageDto {
  @ApiProperty({ type: OpenCountsDto }) readonly counts!: OpenCountsDto;
}
