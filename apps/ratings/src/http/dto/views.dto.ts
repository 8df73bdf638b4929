import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// What the ratings API answers, for the OpenAPI document.

/** What every command answers: where the change landed (ETag = revision; position for minPosition). */
export class CommandAcceptedDto {
  @ApiProperty({ description: 'The rubric or the community.' }) readonly id!: string;
  @ApiProperty({ description: 'Revision of the stream after the command; send it back as If-Match.', example: '0' }) readonly revision!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Position of the last event in the log; pass as minPosition to read your write. Null when nothing changed.' }) readonly position!: string | null;
  @ApiProperty({ type: [String], example: ['ratings.StarsAwarded'] }) readonly events!: string[];
}

/** The read models have not reached the position asked for within the wait. */
export class NotYetDto {
  @ApiProperty({ description: 'The position the read models have reached; retry later.' }) readonly position!: string;
}

export class EvidenceDto {
  @ApiProperty() readonly eventId!: string;
  @ApiProperty({ description: 'Global position in the event log.' }) readonly position!: string;
}

export class CriterionScoreDto {
  @ApiProperty() readonly areaId!: string;
  @ApiProperty() readonly areaName!: string;
  @ApiProperty() readonly criterionId!: string;
  @ApiProperty() readonly criterionName!: string;
  @ApiProperty() readonly measure!: string;
  @ApiProperty() readonly weight!: number;
  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'boolean' }], nullable: true, description: 'The measured value; null: no data.' }) readonly value!: number | boolean | null;
  @ApiProperty({ description: 'Share of the weight earned, 0..1.' }) readonly fraction!: number;
  @ApiProperty() readonly points!: number;
  @ApiProperty({ type: String, nullable: true, example: 'no data' }) readonly reason!: string | null;
  @ApiProperty({ type: [EvidenceDto], description: 'The events that produced the value, in log order.' }) readonly evidence!: EvidenceDto[];
}

export class RubricRefDto {
  @ApiProperty() readonly rubricId!: string;
  @ApiProperty() readonly version!: number;
  @ApiProperty() readonly effectiveFrom!: string;
  @ApiProperty({ description: 'False when recomputed under another version for comparison.' }) readonly inForceForPeriod!: boolean;
}

export class CommunityRatingDto {
  @ApiProperty({ description: 'The read models position this answer reflects.' }) readonly position!: string;
  @ApiProperty() readonly communityId!: string;
  @ApiProperty({ example: '2025-H2' }) readonly period!: string;
  @ApiProperty({ type: RubricRefDto }) readonly rubric!: RubricRefDto;
  @ApiProperty({ description: 'Points out of 100: a recommendation.' }) readonly total!: number;
  @ApiProperty({ minimum: 0, maximum: 5 }) readonly recommendedStars!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The stars the assessors awarded and that are in force.' }) readonly awardedStars!: number | null;
  @ApiPropertyOptional({ type: Object, nullable: true, description: 'The award of the period (or its revocation).' }) readonly award!: object | null;
  @ApiProperty({ type: [CriterionScoreDto] }) readonly criteria!: CriterionScoreDto[];
}

export class TimelineEntryDto {
  @ApiProperty() readonly communityId!: string;
  @ApiProperty({ example: 'dispute-escalated' }) readonly kind!: string;
  @ApiProperty({ enum: ['organizations', 'disputes', 'property', 'ratings'] }) readonly context!: string;
  @ApiProperty({ description: 'Business time (UTC).' }) readonly at!: string;
  @ApiProperty({ description: 'Local day.' }) readonly day!: string;
  @ApiProperty() readonly eventId!: string;
  @ApiProperty() readonly position!: string;
  @ApiProperty({ type: Object, description: 'The public fields of the event.' }) readonly details!: object;
}

export class TimelinePageDto {
  @ApiProperty() readonly position!: string;
  @ApiProperty({ type: [TimelineEntryDto] }) readonly entries!: TimelineEntryDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `after` for the next page.' }) readonly next!: string | null;
}

export class DashboardDto {
  @ApiProperty() readonly position!: string;
  @ApiProperty() readonly period!: string;
  @ApiProperty({ description: 'The day the counts are taken on.' }) readonly asOf!: string;
  @ApiProperty() readonly communities!: number;
  @ApiProperty({ type: Object, example: { '1': 0, '2': 1, '3': 4, '4': 3, '5': 1, unrated: 2 } }) readonly stars!: object;
  @ApiProperty({ type: Object, example: { covered: 9, communities: 11, rate: 0.818 } }) readonly coverage!: object;
  @ApiProperty({ type: Object, description: 'Open and overdue disputes, in all and by level.' }) readonly disputes!: object;
  @ApiProperty({ type: Object, description: 'Statements of the period published, late, and the communities late.' }) readonly statements!: object;
}
