import { ApiPropertyOptional } from '@nestjs/swagger';
import { DISPUTE_CATEGORIES, type DisputeCategory } from '@linli/disputes-domain';
import { isDisputeCursor, MAX_PAGE_SIZE, type DisputeSummaryStatus } from '@linli/disputes-read-models';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, Min, ValidateBy } from 'class-validator';
import { EXTERNAL_ID, EXTERNAL_ID_MESSAGE, POSITION } from './validators.js';

export const SUMMARY_STATUSES: readonly DisputeSummaryStatus[] = ['reported', 'open', 'resolved', 'closed', 'rejected', 'withdrawn'];

/** Read-your-writes: the position a command answered. */
export class ReadPositionQueryDto {
  @ApiPropertyOptional({ description: 'Answer only once the read models include this position (waits up to 2 s, else 202).', example: '1234567890' })
  @IsOptional()
  @Matches(POSITION, { message: '$property must be a position: a decimal string of at most 19 digits' })
  readonly minPosition?: string;
}

/** One bounded page, newest report first. */
export class PageQueryDto extends ReadPositionQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  readonly limit?: number;

  @ApiPropertyOptional({ description: 'The `next` of the previous page.' })
  @IsOptional()
  @ValidateBy({ name: 'isCursor', validator: { validate: isDisputeCursor, defaultMessage: () => '$property must be the next token of a previous page' } })
  readonly after?: string;
}

/** Filters of the dispute list (all optional, combined with AND). */
export class ListDisputesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'rc-qianyue-1' })
  @IsOptional()
  @Matches(EXTERNAL_ID, { message: EXTERNAL_ID_MESSAGE })
  readonly communityId?: string;

  @ApiPropertyOptional({ enum: DISPUTE_CATEGORIES, enumName: 'DisputeCategory' })
  @IsOptional()
  @IsIn(DISPUTE_CATEGORIES)
  readonly category?: DisputeCategory;

  @ApiPropertyOptional({ minimum: 0, maximum: 4, description: 'Current level on the ladder.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(4)
  readonly level?: number;

  @ApiPropertyOptional({ enum: SUMMARY_STATUSES, enumName: 'DisputeStatus' })
  @IsOptional()
  @IsIn(SUMMARY_STATUSES)
  readonly status?: DisputeSummaryStatus;

  @ApiPropertyOptional({ type: Boolean, description: 'Only disputes whose current deadline has passed (true) or not (false); open ones unless a status is given.' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  readonly overdue?: boolean;

  @ApiPropertyOptional({ description: 'Reported on or after: a date (China day) or a date-time.', example: '2025-03-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  readonly reportedFrom?: string;

  @ApiPropertyOptional({ description: 'Reported on or before: a date (China day, inclusive) or a date-time.', example: '2025-03-31' })
  @IsOptional()
  @IsISO8601({ strict: true })
  readonly reportedTo?: string;
}

/** A community's disputes that need attention. */
export class CommunityDisputesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'overdue'], default: 'open', description: 'All open disputes, or only those past their current deadline.' })
  @IsOptional()
  @IsIn(['open', 'overdue'])
  readonly state?: 'open' | 'overdue';
}
