import { ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_PAGE_SIZE } from '@linli/property-services-read-models';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

/** Read-your-writes: every query accepts the position a command answered. */
export class ReadQuery {
  @ApiPropertyOptional({
    description: 'Wait (up to 2 s) until the read models reflect this event-store position, e.g. the `position` a command answered; 202 with the position reached if they do not',
    example: '1042',
  })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'minPosition must be a whole number (a position a command answered)' })
  minPosition?: string;
}

/** A bounded page of a list. */
export class PageQuery extends ReadQuery {
  @ApiPropertyOptional({ type: 'integer', description: `How many items (1–${MAX_PAGE_SIZE})`, default: 50, minimum: 1, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ type: 'integer', description: 'How many items to skip', default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

/** The page a query asked for, with defaults. */
export const pageOf = (query: PageQuery) => ({ limit: query.limit ?? 50, offset: query.offset ?? 0 });
