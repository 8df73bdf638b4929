import { ApiProperty } from '@nestjs/swagger';

/** What every command answers: where the change landed (ETag = revision; position for minPosition). */
export class CommandAcceptedDto {
  @ApiProperty({ format: 'uuid', description: 'The dispute.' })
  readonly id!: string;

  @ApiProperty({ description: 'Revision of the dispute after the command; send it back as If-Match.', example: '3' })
  readonly revision!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Position of the last event in the log; pass as minPosition to read your write. Null when nothing changed.' })
  readonly position!: string | null;

  @ApiProperty({ type: [String], description: 'Types of the events recorded (empty when nothing changed).', example: ['disputes.DisputeAccepted'] })
  readonly events!: string[];
}

/** The read models have not reached the position asked for within the wait. */
export class NotYetDto {
  @ApiProperty({ description: 'The position the read models have reached; retry later.' })
  readonly position!: string;
}
