import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageQuery } from './query.dto.js';
import { IsMonth, IsNotBeforeField } from './rules.js';

const WHOLE = { type: 'integer', minimum: 0 } as const;

/** The fees of one month so far; collection goes on during the month, so a later record replaces it. */
export class RecordFeesDto {
  @ApiProperty({ ...WHOLE, description: 'Property fees billed for the month, in whole fen (CNY 0.01), at least 0; no decimals', example: 4800000 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  billedFen!: number;

  @ApiProperty({ ...WHOLE, description: 'Of which collected so far, in whole fen (CNY 0.01); not more than billed', example: 4320000 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  collectedFen!: number;

  @ApiProperty({ ...WHOLE, description: 'Households billed', example: 600 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  billedHouseholds!: number;

  @ApiProperty({ ...WHOLE, description: 'Households that paid; not more than billed', example: 540 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  payingHouseholds!: number;
}

export class FeesQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'First month (YYYY-MM)', example: '2026-01' })
  @IsOptional()
  @IsMonth()
  from?: string;

  @ApiPropertyOptional({ description: 'Last month (YYYY-MM), not before `from`', example: '2026-12' })
  @IsOptional()
  @IsMonth()
  @IsNotBeforeField('from')
  to?: string;
}
