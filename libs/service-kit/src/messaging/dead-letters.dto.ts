import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

const GROUP = /^[A-Za-z0-9._-]{1,200}$/;

/** `GET /dead-letters?group=…`: one group, or every group this service runs. */
export class DeadLettersQuery {
  @ApiPropertyOptional({ example: 'linli-ratings', description: 'A consumer group this service runs; all of them when omitted.' })
  @IsOptional()
  @Matches(GROUP, { message: 'group must be 1–200 characters of letters, digits, . _ -' })
  readonly group?: string;
}

/** Why an operator retries a parked key: stored with the action, with who did it. */
export class RetryDeadLettersDto {
  @ApiProperty({ minLength: 1, maxLength: 500, example: 'projection store fixed (INC-42)' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  readonly reason!: string;
}

/** Why an operator skips a parked message (the key's oldest unless `messageId` names another). */
export class SkipDeadLetterDto extends RetryDeadLettersDto {
  @ApiPropertyOptional({ example: '17', description: 'The parked message to skip (its `id` in the list); default: the oldest parked message of the key.' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'messageId must be the id of a parked message (digits)' })
  readonly messageId?: string;
}

export const GROUP_PATTERN = GROUP;
