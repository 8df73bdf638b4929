import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsBusinessDate, IsNotInFuture, IsStatementPeriod } from './rules.js';

export class PublishStatementDto {
  @ApiProperty({
    description: 'The month (YYYY-MM) or quarter (YYYY-Qn) to close; it must have ended. Publishing closes it: nothing can be dated in it afterwards',
    example: '2026-Q1',
  })
  @IsStatementPeriod()
  period!: string;

  @ApiPropertyOptional({
    description:
      'The day the statement was posted for the owners, when it is recorded afterwards (from the paper archive, or a backfill); default today in China Standard Time; never in the future. ' +
      'It decides whether publication was on schedule (period end + the configured deadline, 15 days by default); the event’s business time (occurredAt) is that day at 12:00 China time, while its recordedAt stays the real time',
    example: '2026-04-10',
  })
  @IsOptional()
  @IsBusinessDate()
  @IsNotInFuture()
  publishedOn?: string;
}
