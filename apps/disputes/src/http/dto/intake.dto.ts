import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COUNTY_DEPARTMENTS, DISPUTE_CATEGORIES, type CountyDepartment, type DisputeCategory } from '@linli/disputes-domain';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { BusinessTimeDto } from './business-time.dto.js';
import { EXTERNAL_ID, EXTERNAL_ID_MESSAGE } from './validators.js';

/** Categorise a reported dispute and place it on the ladder; the level's deadline starts. */
export class AcceptDisputeDto extends BusinessTimeDto {
  @ApiProperty({ enum: DISPUTE_CATEGORIES, enumName: 'DisputeCategory', description: 'The category as accepted (may correct the reported one).' })
  @IsIn(DISPUTE_CATEGORIES)
  readonly category!: DisputeCategory;

  @ApiProperty({ description: '0 residents, 1 owners/property committee, 2 joint, 3 community party committee, 4 working committee.', minimum: 0, maximum: 4 })
  @IsInt()
  @Min(0)
  @Max(4)
  readonly level!: number;

  @ApiPropertyOptional({ enum: COUNTY_DEPARTMENTS, enumName: 'CountyDepartment', description: 'Required at level 4, refused below it.' })
  @IsOptional()
  @IsIn(COUNTY_DEPARTMENTS)
  readonly department?: CountyDepartment;
}

/** Not a matter for community governance: the reporter is told why. */
export class RejectDisputeDto extends BusinessTimeDto {
  @ApiProperty({ minLength: 1, maxLength: 1000 })
  @IsString()
  @Length(1, 1000)
  readonly reason!: string;
}

/** The reporting party drops the matter (before it is resolved). */
export class WithdrawDisputeDto extends BusinessTimeDto {
  @ApiProperty({ description: 'The subject id the caller acts for; only the reporter withdraws.', example: 'subj-7f3a' })
  @Matches(EXTERNAL_ID, { message: EXTERNAL_ID_MESSAGE })
  readonly subjectId!: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  readonly reason?: string;
}
