import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ID, ID_MESSAGE, MAX_TEXT } from './shapes.js';

/** Stars awarded for a period, with what the assessors saw: the rubric version, its score and recommendation. */
export class AwardStarsDto {
  @ApiProperty({ minimum: 1, maximum: 5, example: 4 }) @IsInt() @Min(1) @Max(5) readonly stars!: number;
  @ApiProperty({ example: 'yugan-county' }) @Matches(ID, { message: ID_MESSAGE }) readonly rubricId!: string;
  @ApiProperty({ minimum: 1, example: 1 }) @IsInt() @Min(1) readonly rubricVersion!: number;
  @ApiProperty({ minimum: 0, maximum: 100, example: 81.25, description: 'The total the assessors saw (GET …/ratings/{period}).' }) @IsNumber() @Min(0) @Max(100) readonly scoreSeen!: number;
  @ApiProperty({ minimum: 0, maximum: 5, example: 4 }) @IsInt() @Min(0) @Max(5) readonly recommendedStars!: number;
  @ApiPropertyOptional({ maxLength: MAX_TEXT, description: 'Required when the stars are more than one away from the recommendation (409 DeviationNeedsReason).' })
  @IsOptional() @IsString() @MaxLength(MAX_TEXT)
  readonly reason?: string;
}

export class AmendAwardDto {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) readonly stars!: number;
  @ApiProperty({ maxLength: MAX_TEXT }) @IsString() @MinLength(1) @MaxLength(MAX_TEXT) readonly reason!: string;
}

export class RevokeAwardDto {
  @ApiProperty({ maxLength: MAX_TEXT }) @IsString() @MinLength(1) @MaxLength(MAX_TEXT) readonly reason!: string;
}
