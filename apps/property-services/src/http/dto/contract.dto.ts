import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SERVICE_LEVELS, type ServiceLevel } from '@linli/property-services-domain';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsPositive, IsString, IsUUID, Max, MaxLength } from 'class-validator';
import { IsAfterField, IsBusinessDate } from './rules.js';

const FEE_STANDARD = 'Fee standard in whole fen (CNY 0.01) per m² per month, above 0; no decimals';

export class RecordTenderDto {
  @ApiPropertyOptional({ description: 'Id of the tender (UUID); made by the server when absent', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  tenderId?: string;

  @ApiProperty({ description: 'Day the owners’ committee chose the company (YYYY-MM-DD, China Standard Time; not in the future)', example: '2026-02-20' })
  @IsBusinessDate()
  tenderDate!: string;

  @ApiProperty({ type: 'integer', description: 'How many companies bid (at least 1)', example: 3, minimum: 1 })
  @IsInt()
  @IsPositive()
  @Max(1000)
  biddersCount!: number;

  @ApiProperty({ description: 'The company chosen', format: 'uuid' })
  @IsUUID()
  selectedCompanyId!: string;
}

export class SignContractDto {
  @ApiPropertyOptional({ description: 'Id of the contract (UUID); made by the server when absent', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  contractId?: string;

  @ApiProperty({ description: 'The registered, not suspended, company that will serve the community', format: 'uuid' })
  @IsUUID()
  companyId!: string;

  @ApiPropertyOptional({ description: 'The tender that selected the company, if there was one; it must have selected this company', format: 'uuid', type: String, nullable: true })
  @IsOptional()
  @IsUUID()
  tenderId?: string | null;

  @ApiProperty({ description: 'First day in force (YYYY-MM-DD)', example: '2026-03-01' })
  @IsBusinessDate()
  periodStart!: string;

  @ApiProperty({ description: 'Last day in force (YYYY-MM-DD), after periodStart; no other contract of the community may be in force on any day between', example: '2029-02-28' })
  @IsBusinessDate()
  @IsAfterField('periodStart')
  periodEnd!: string;

  @ApiProperty({ type: 'integer', description: FEE_STANDARD, example: 120, minimum: 1 })
  @IsInt()
  @IsPositive()
  @Max(Number.MAX_SAFE_INTEGER)
  feeStandardFenPerSqmMonth!: number;

  @ApiProperty({ description: 'Agreed service level (level_1 the highest)', enum: SERVICE_LEVELS, enumName: 'ServiceLevel' })
  @IsIn(SERVICE_LEVELS)
  serviceLevel!: ServiceLevel;
}

export class RenewContractDto {
  @ApiProperty({ description: 'New last day in force (YYYY-MM-DD), after the current one', example: '2030-02-28' })
  @IsBusinessDate()
  newPeriodEnd!: string;

  @ApiPropertyOptional({ type: 'integer', description: `${FEE_STANDARD}; applies from the day after the current end. Default: the fee in force`, example: 130, minimum: 1 })
  @IsOptional()
  @IsInt()
  @IsPositive()
  @Max(Number.MAX_SAFE_INTEGER)
  feeStandardFenPerSqmMonth?: number;
}

export class TerminateContractDto {
  @ApiProperty({ description: 'First day the contract is no longer in force (YYYY-MM-DD), inside its period; coverage ends the day before', example: '2026-07-01' })
  @IsBusinessDate()
  terminationDate!: string;

  @ApiProperty({ description: 'Why the contract ends early', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
