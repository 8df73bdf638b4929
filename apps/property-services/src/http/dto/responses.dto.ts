import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** What every command answers (also sent as `ETag: "<revision>"`). */
export class CommandAcceptedDto {
  @ApiProperty({ description: 'Id of what the command created or changed (company, contract, tender, entry id; the period for fees and statements)' })
  id!: string;

  @ApiProperty({ description: 'Revision of the stream after the command; send it back as If-Match to change it only if nothing changed since', example: '3' })
  revision!: string;

  @ApiProperty({ description: 'Global position of the last event written; pass it as minPosition to a query to read your own write', nullable: true, type: String, example: '1042' })
  position!: string | null;

  @ApiProperty({ description: 'Types of the events recorded (empty when the command changed nothing)', type: [String], example: ['property.ContractSigned'] })
  events!: string[];
}

export class FieldErrorDto {
  @ApiProperty({ description: 'The field or header at fault (nested fields as a.b)', example: 'amountFen' })
  field!: string;

  @ApiProperty({ description: 'The rule it broke', example: 'isPositive' })
  rule!: string;

  @ApiProperty({ example: 'amountFen must be a positive number' })
  message!: string;
}

export class ValidationErrorDto {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'Bad Request' })
  error!: string;

  @ApiProperty({ example: 'validation failed' })
  message!: string;

  @ApiProperty({ type: [FieldErrorDto] })
  errors!: FieldErrorDto[];
}

export class DomainErrorDto {
  @ApiProperty({ example: 409 })
  statusCode!: number;

  @ApiProperty({ example: 'Conflict' })
  error!: string;

  @ApiProperty({ description: 'Stable name of the rule, e.g. ContractPeriodsOverlap, PeriodClosed, WrongExpectedRevision, NotFound', example: 'PeriodClosed' })
  code!: string;

  @ApiProperty({ description: 'The reason, for people' })
  message!: string;

  @ApiPropertyOptional({ description: 'With WrongExpectedRevision: the revision the resource has now' })
  currentRevision?: string;
}

/** The answer when the read models have not reached `minPosition` within 2 s. */
export class NotYetDto {
  @ApiProperty({ description: 'The position the read models have reached; ask again', example: '1041' })
  position!: string;
}
