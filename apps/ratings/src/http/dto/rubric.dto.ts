import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEASURE_CODES, SCORING_KINDS, type MeasureCode, type ScoringKind } from '@linli/ratings-domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { DAY, DAY_MESSAGE, ID, ID_MESSAGE } from './shapes.js';

export class ScoringStepDto {
  @ApiProperty({ example: 1 }) @IsNumber() readonly atLeast!: number;
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.5 }) @IsNumber() @Min(0) @Max(1) readonly fraction!: number;
}

/** How a measured value earns its share of a criterion's weight (the rules are checked by the domain: 409). */
export class ScoringDto {
  @ApiProperty({ enum: SCORING_KINDS, enumName: 'ScoringKind' }) @IsIn(SCORING_KINDS) readonly kind!: ScoringKind;
  @ApiPropertyOptional({ description: 'linear: the value that earns nothing' }) @IsOptional() @IsNumber() readonly zeroAt?: number;
  @ApiPropertyOptional({ description: 'linear: the value that earns the whole weight' }) @IsOptional() @IsNumber() readonly fullAt?: number;
  @ApiPropertyOptional({ type: [ScoringStepDto], description: 'steps: the highest step reached counts' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ScoringStepDto)
  readonly steps?: ScoringStepDto[];
}

export class CriterionDto {
  @ApiProperty({ example: 'resolution_rate' }) @Matches(ID, { message: ID_MESSAGE }) readonly id!: string;
  @ApiProperty({ example: 'Resolution rate' }) @IsString() @MinLength(1) @MaxLength(200) readonly name!: string;
  @ApiProperty({ minimum: 1, maximum: 100, example: 8 }) @IsInt() @Min(1) @Max(100) readonly weight!: number;
  @ApiProperty({ enum: MEASURE_CODES, enumName: 'MeasureCode' }) @IsIn(MEASURE_CODES) readonly measure!: MeasureCode;
  @ApiProperty({ type: ScoringDto }) @ValidateNested() @Type(() => ScoringDto) readonly scoring!: ScoringDto;
}

export class AreaDto {
  @ApiProperty({ example: 'disputes' }) @Matches(ID, { message: ID_MESSAGE }) readonly id!: string;
  @ApiProperty({ example: 'Disputes' }) @IsString() @MinLength(1) @MaxLength(200) readonly name!: string;
  @ApiProperty({ type: [CriterionDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => CriterionDto) readonly criteria!: CriterionDto[];
}

export class StarThresholdDto {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) readonly stars!: number;
  @ApiProperty({ minimum: 0, maximum: 100, example: 80 }) @IsNumber() @Min(0) @Max(100) readonly minScore!: number;
}

/** The next version of a rubric: weights sum to 100, thresholds rise with the stars (409 otherwise). */
export class PublishRubricVersionDto {
  @ApiProperty({ minimum: 1, description: '1 for the first, then the latest + 1', example: 1 }) @IsInt() @Min(1) readonly version!: number;
  @ApiProperty({ example: '2025-01-01', description: 'In force from this day until the next version’s.' }) @Matches(DAY, { message: DAY_MESSAGE }) readonly effectiveFrom!: string;
  @ApiProperty({ type: [AreaDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => AreaDto) readonly areas!: AreaDto[];
  @ApiProperty({ type: [StarThresholdDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(5) @ValidateNested({ each: true }) @Type(() => StarThresholdDto) readonly starThresholds!: StarThresholdDto[];
}
