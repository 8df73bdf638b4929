import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COUNTY_DEPARTMENTS, RESOLUTION_OUTCOMES, type CountyDepartment, type ResolutionOutcome } from '@linli/disputes-domain';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { BusinessTimeDto } from './business-time.dto.js';
import { EXTERNAL_ID, EXTERNAL_ID_MESSAGE, IsDateTime } from './validators.js';

export class AssignMediatorDto extends BusinessTimeDto {
  @ApiProperty({ example: 'med-chen' })
  @Matches(EXTERNAL_ID, { message: EXTERNAL_ID_MESSAGE })
  readonly mediatorId!: string;
}

/** A mediation session that took place. */
export class RecordMediationSessionDto extends BusinessTimeDto {
  @ApiProperty({ description: 'The day it took place (China date), not in the future.', example: '2025-03-04', format: 'date' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a YYYY-MM-DD date' })
  readonly sessionDate!: string;

  @ApiProperty({ type: [String], description: 'Subject or staff ids of who attended.', minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(EXTERNAL_ID, { each: true, message: EXTERNAL_ID_MESSAGE })
  readonly attendeeIds!: string[];

  @ApiProperty({ minLength: 1, maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  readonly outcomeNotes!: string;
}

/** One level up the ladder, with the reason. */
export class EscalateDisputeDto extends BusinessTimeDto {
  @ApiProperty({ description: 'The next level (one step at a time; 4 is the top).', minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(99)
  readonly toLevel!: number;

  @ApiProperty({ minLength: 1, maxLength: 1000 })
  @IsString()
  @Length(1, 1000)
  readonly reason!: string;

  @ApiPropertyOptional({ enum: COUNTY_DEPARTMENTS, enumName: 'CountyDepartment', description: 'Required when escalating to level 4.' })
  @IsOptional()
  @IsIn(COUNTY_DEPARTMENTS)
  readonly department?: CountyDepartment;
}

export class ResolveDisputeDto extends BusinessTimeDto {
  @ApiProperty({ enum: RESOLUTION_OUTCOMES, enumName: 'ResolutionOutcome' })
  @IsIn(RESOLUTION_OUTCOMES)
  readonly outcome!: ResolutionOutcome;

  @ApiProperty({ description: 'What was agreed or done.', minLength: 1, maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  readonly agreementSummary!: string;
}

/** Supervision: check a level's deadline now, as the scheduler does (harmless when stale). */
export class MarkOverdueDto extends BusinessTimeDto {
  @ApiProperty({ description: 'The deadline being checked, as the dispute recorded it (`dueAt`).', format: 'date-time' })
  @IsDateTime()
  readonly dueAt!: string;
}
