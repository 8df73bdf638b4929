import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { DAY, DAY_MESSAGE, ID, ID_MESSAGE, PERIOD, PERIOD_MESSAGE, POSITION } from './shapes.js';

/** Read-your-writes: the position a command answered. */
export class ReadPositionQueryDto {
  @ApiPropertyOptional({ description: 'Answer only once the read models include this position (waits up to 2 s, else 202).', example: '1234567890' })
  @IsOptional()
  @Matches(POSITION, { message: '$property must be a position: a decimal string of at most 19 digits' })
  readonly minPosition?: string;
}

/** Which rules: by default the version in force for the period; `rubricVersion` recomputes under another. */
export class RubricChoiceQueryDto extends ReadPositionQueryDto {
  @ApiPropertyOptional({ description: 'Required only when several rubrics are published.' }) @IsOptional() @Matches(ID, { message: ID_MESSAGE }) readonly rubricId?: string;
  @ApiPropertyOptional({ minimum: 1, description: 'Recompute under this version instead of the one in force (for comparison).' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  readonly rubricVersion?: number;
}

/** A rating, optionally as it stood at a business day and/or as it was known at a system time (time machine). */
export class RatingQueryDto extends RubricChoiceQueryDto {
  @ApiPropertyOptional({ example: '2025-12-31', description: 'Time machine: only events that happened (local business day) on or before this day.' })
  @IsOptional() @Matches(DAY, { message: DAY_MESSAGE })
  readonly asOf?: string;
  @ApiPropertyOptional({ example: '2026-01-05T09:00:00Z', description: 'Time machine: only events the store had recorded at or before this instant.' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, { message: '$property must be an ISO-8601 instant such as 2026-01-05T09:00:00Z' })
  readonly asAt?: string;
}

export class RatingHistoryQueryDto extends RubricChoiceQueryDto {
  @ApiPropertyOptional({ description: 'Periods to include beside those with awards, comma-separated.', example: '2025-H1,2025-H2' })
  @IsOptional() @Matches(/^\d{4}(-H[12])?(,\d{4}(-H[12])?){0,19}$/, { message: '$property must be up to 20 rating periods (YYYY, YYYY-H1, YYYY-H2), comma-separated' })
  readonly periods?: string;
}

const LIST = /^[a-z-]{1,60}(,[a-z-]{1,60}){0,29}$/;

export class TimelineQueryDto extends ReadPositionQueryDto {
  @ApiPropertyOptional({ description: 'Kinds, comma-separated (e.g. dispute-escalated,stars-awarded).' }) @IsOptional() @Matches(LIST, { message: '$property must be kinds like dispute-escalated, comma-separated' }) readonly kind?: string;
  @ApiPropertyOptional({ description: 'Services, comma-separated: organizations, disputes, property, ratings.' }) @IsOptional() @Matches(/^(organizations|disputes|property|ratings)(,(organizations|disputes|property|ratings)){0,3}$/, { message: '$property must be organizations, disputes, property or ratings, comma-separated' }) readonly context?: string;
  @ApiPropertyOptional({ example: '2025-07-01', description: 'From this local day (inclusive).' }) @IsOptional() @Matches(DAY, { message: DAY_MESSAGE }) readonly from?: string;
  @ApiPropertyOptional({ example: '2025-12-31', description: 'To this local day (inclusive).' }) @IsOptional() @Matches(DAY, { message: DAY_MESSAGE }) readonly to?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) readonly limit?: number;
  @ApiPropertyOptional({ description: 'The `next` of the previous page.' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z\|\d{20}$/, { message: '$property must be the next token of a previous page' })
  readonly after?: string;
}

export class DashboardQueryDto extends ReadPositionQueryDto {
  @ApiProperty({ example: '2025-H2' }) @Matches(PERIOD, { message: PERIOD_MESSAGE }) readonly period!: string;
}
