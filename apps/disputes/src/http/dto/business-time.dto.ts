import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsDateTime, IsRecentPast, MAX_BACKDATE_DAYS } from './validators.js';

/**
 * What every command body may add: the business time the command took effect, when it is
 * recorded later than it happened (paper records, a seed replaying a past year). It becomes the
 * command's `now`, so the events record it and deadlines run from it.
 */
export class BusinessTimeDto {
  @ApiPropertyOptional({
    description: `When this happened, if earlier than now (ISO-8601 with a zone; at most ${MAX_BACKDATE_DAYS} days ago, and not before the dispute's latest event). Default: now.`,
    example: '2025-03-03T10:00:00+08:00',
    format: 'date-time',
  })
  @IsOptional()
  @IsDateTime()
  @IsRecentPast()
  readonly occurredAt?: string;
}
