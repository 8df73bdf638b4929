import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QUALIFICATION_LEVELS, type QualificationLevel } from '@linli/property-services-domain';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from './query.dto.js';
import { IsCreditCode } from './rules.js';

export class RegisterCompanyDto {
  @ApiPropertyOptional({ description: 'Id of the new company (UUID); the server makes one when absent. Send one (or an Idempotency-Key) to make the creation safe to retry', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiProperty({ description: 'Registered name', example: 'Yugan Jinyuan Property Services Co., Ltd.', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({
    description: 'Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters with a check character; stored trimmed and in capitals. One company per code',
    example: '91361127MA35F3K2XA',
  })
  @IsCreditCode()
  creditCode!: string;

  @ApiProperty({ description: 'Qualification grade; `ungraded` since the national grades were abolished in 2018', enum: QUALIFICATION_LEVELS, enumName: 'QualificationLevel' })
  @IsIn(QUALIFICATION_LEVELS)
  qualificationLevel!: QualificationLevel;
}

export class SuspendCompanyDto {
  @ApiProperty({ description: 'Why the county suspends the company (it may not sign or renew contracts while suspended)', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class CompaniesQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only companies of this standing', enum: ['active', 'suspended'], enumName: 'CompanyStatus' })
  @IsOptional()
  @IsIn(['active', 'suspended'])
  status?: 'active' | 'suspended';
}
