import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { BusinessTimeDto } from './business-time.dto.js';
import { EXTERNAL_ID, EXTERNAL_ID_MESSAGE } from './validators.js';

/** A party's satisfaction with the latest resolution. */
export class RateSatisfactionDto extends BusinessTimeDto {
  @ApiProperty({ description: 'The rating party (a party of the dispute).', example: 'subj-7f3a' })
  @Matches(EXTERNAL_ID, { message: EXTERNAL_ID_MESSAGE })
  readonly subjectId!: string;

  @ApiProperty({ description: '1 very dissatisfied … 5 very satisfied.', minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  readonly score!: number;
}

export class CloseDisputeDto extends BusinessTimeDto {}

/** The matter recurred soon after it was settled. */
export class ReopenDisputeDto extends BusinessTimeDto {
  @ApiProperty({ minLength: 1, maxLength: 1000 })
  @IsString()
  @Length(1, 1000)
  readonly reason!: string;
}
