import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsMonth, IsStatementPeriod } from './rules.js';

// Path parameters, validated like bodies: a malformed id is a 400 naming the parameter.

export class CompanyParams {
  @ApiProperty({ description: 'Id of the property service company (UUID)', format: 'uuid' })
  @IsUUID()
  companyId!: string;
}

export class CommunityParams {
  @ApiProperty({ description: 'Id of the residential community (小区), as the organizations service registered it (UUID)', format: 'uuid' })
  @IsUUID()
  communityId!: string;
}

export class ContractParams extends CommunityParams {
  @ApiProperty({ description: 'Id of the service contract (UUID)', format: 'uuid' })
  @IsUUID()
  contractId!: string;
}

export class FeeMonthParams extends CommunityParams {
  @ApiProperty({ description: 'The month the fees were billed for, YYYY-MM', example: '2026-03' })
  @IsMonth()
  period!: string;
}

export class StatementParams extends CommunityParams {
  @ApiProperty({ description: 'The period of the statement: a month YYYY-MM or a quarter YYYY-Qn', example: '2026-Q1' })
  @IsStatementPeriod()
  period!: string;
}
