import { ApiProperty } from '@nestjs/swagger';

/** What every command answers; the revision also comes as the ETag header. */
export class CommandAcceptedDto {
  @ApiProperty({ description: 'Id of the aggregate the command changed (or created)', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Revision of its stream after the command: send it back as If-Match', example: '0' })
  revision!: string;

  @ApiProperty({ description: 'Event-store position of the last event; pass it as minPosition to read your write', type: String, nullable: true, example: '1234567' })
  position!: string | null;

  @ApiProperty({ description: 'Types of the events recorded (none when nothing changed)', type: [String], example: ['organizations.UnitEstablished'] })
  events!: string[];
}

export class FieldErrorDto {
  @ApiProperty({ example: 'parentId' }) field!: string;
  @ApiProperty({ example: 'isUuid' }) rule!: string;
  @ApiProperty({ example: 'parentId must be a UUID' }) message!: string;
}

/** 400: which fields broke which rules. */
export class ValidationErrorDto {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty({ example: 'validation failed' }) message!: string;
  @ApiProperty({ type: () => [FieldErrorDto] }) errors!: FieldErrorDto[];
}

/** 404 and 409: the domain's stable reason code and a message. */
export class DomainErrorDto {
  @ApiProperty({ example: 409 }) statusCode!: number;
  @ApiProperty({ example: 'Conflict' }) error!: string;
  @ApiProperty({ description: 'Stable reason, e.g. UnitHasActiveChildren, WrongExpectedRevision, NotFound', example: 'UnitHasActiveChildren' }) code!: string;
  @ApiProperty() message!: string;
}

/** 202: the read models have not reached the position asked for yet. */
export class NotYetDto {
  @ApiProperty({ description: 'The position the read models reflect now', example: '1234000' }) position!: string;
}
