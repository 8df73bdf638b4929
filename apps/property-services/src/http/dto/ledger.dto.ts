import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EXPENDITURE_CATEGORIES, REVENUE_CATEGORIES, type ExpenditureCategory, type RevenueCategory } from '@linli/property-services-domain';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsPositive, IsString, IsUUID, Max, MaxLength } from 'class-validator';
import { PageQuery } from './query.dto.js';
import { IsBusinessDate, IsStatementPeriod } from './rules.js';

const AMOUNT = 'Amount in whole fen (CNY 0.01), above 0; no decimals: 1 yuan is 100';
const DATE = 'The day the money moved (YYYY-MM-DD, China Standard Time); not in the future, not in a period whose statement is published';

class EntryDto {
  @ApiPropertyOptional({ description: 'Id of the entry (UUID), unique in the ledger; made by the server when absent', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  entryId?: string;

  @ApiProperty({ type: 'integer', description: AMOUNT, example: 360000, minimum: 1 })
  @IsInt()
  @IsPositive()
  @Max(Number.MAX_SAFE_INTEGER)
  amountFen!: number;

  @ApiProperty({ description: DATE, example: '2026-03-15' })
  @IsBusinessDate()
  date!: string;

  @ApiProperty({ description: 'Who paid or was paid', example: 'Parking operator', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  counterparty!: string;

  @ApiPropertyOptional({ description: 'Reference of the voucher (凭证号)', example: 'V-2026-031', maxLength: 100, type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  voucherRef?: string | null;
}

export class RecordRevenueDto extends EntryDto {
  @ApiProperty({ description: 'Kind of public revenue', enum: REVENUE_CATEGORIES, enumName: 'RevenueCategory' })
  @IsIn(REVENUE_CATEGORIES)
  category!: RevenueCategory;
}

export class RecordExpenditureDto extends EntryDto {
  @ApiProperty({ description: 'Kind of public expenditure', enum: EXPENDITURE_CATEGORIES, enumName: 'ExpenditureCategory' })
  @IsIn(EXPENDITURE_CATEGORIES)
  category!: ExpenditureCategory;
}

export class ReverseEntryDto {
  @ApiPropertyOptional({ description: 'Id of the reversal entry (UUID); made by the server when absent', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  entryId?: string;

  @ApiProperty({ description: 'The original entry this cancels in full (same side, category and amount)', format: 'uuid' })
  @IsUUID()
  reversedEntryId!: string;

  @ApiProperty({ description: 'Day of the correction (YYYY-MM-DD): not before the original, not in the future, not in a closed period', example: '2026-03-20' })
  @IsBusinessDate()
  date!: string;

  @ApiProperty({ description: 'Why the entry is cancelled', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class LedgerQuery extends PageQuery {
  @ApiProperty({ description: 'The month (YYYY-MM) or quarter (YYYY-Qn) to list', example: '2026-Q1' })
  @IsStatementPeriod()
  period!: string;
}
