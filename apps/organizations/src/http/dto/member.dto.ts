import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { grades, memberRanks, type Grade, type MemberRank } from '@linli/organizations-domain';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsObject, IsString, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsQuarterHours } from '../validation.js';
import { DateField, EnumField, IdField, SubjectIdField, TextField } from './fields.js';

/** Personal information (PIPL): stored once, in the report-back event, under the subject id. */
export class PersonDto {
  @SubjectIdField('Pseudonymous id of the person: the key their personal data is encrypted and erased under')
  subjectId!: string;

  @TextField('Full name (personal data)', 50, { example: 'Zhou Min' })
  name!: string;

  @ApiPropertyOptional({ description: 'Phone number (personal data)', type: String, nullable: true, example: '13800000000' })
  @ValidateIf((person: PersonDto) => person.phone != null)
  @IsString()
  @Matches(/^\+?[0-9][0-9 -]{4,19}$/, { message: 'phone must be a phone number' })
  phone?: string | null;
}

/** Reporting back again (a member who left returns to a branch); also the body of a first report-back. */
export class ReportBackAgainDto {
  @ApiProperty({ description: 'The member as a person', type: () => PersonDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PersonDto)
  person!: PersonDto;

  @IdField('The residential-community branch the member reports back to')
  branchUnitId!: string;

  @IdField('The residential community where the member lives; the branch must serve it')
  communityId!: string;

  @TextField('Where the member works (在职单位)', 200, { example: 'Yugan County Housing Bureau' })
  workUnit!: string;

  @EnumField('Cadre rank', memberRanks, 'MemberRank')
  rank!: MemberRank;

  @DateField('Date the member reported back')
  reportedOn!: string;
}

export class ReportBackDto extends ReportBackAgainDto {
  @IdField('Client-chosen member id for an idempotent creation; generated when absent', { optional: true })
  id?: string;
}

export class TransferMemberDto {
  @IdField('The branch the member moves to')
  toBranchUnitId!: string;

  @IdField('The residential community the member now lives in; the branch must serve it')
  toCommunityId!: string;

  @DateField('Date of the transfer')
  transferredOn!: string;
}

export class LeaveBranchDto {
  @DateField('Date the member left')
  leftOn!: string;

  @TextField('Why the member left', 500, { example: 'moved out of the county' })
  reason!: string;
}

export class TakeServicePostDto {
  @TextField('The service post (e.g. building liaison, volunteer team leader)', 100, { example: 'building liaison' })
  post!: string;

  @DateField('Date the post was taken')
  takenOn!: string;
}

export class RelinquishServicePostDto {
  @DateField('Date the post was given up')
  relinquishedOn!: string;
}

export class RecordServiceHoursDto {
  @ApiProperty({ description: 'Hours served, in quarter hours (0.25 to 24; at most 24 a day across records)', minimum: 0.25, maximum: 24, example: 2.5 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsQuarterHours()
  @Min(0.25)
  @Max(24)
  hours!: number;

  @DateField('Day the service was done')
  servedOn!: string;

  @TextField('What was done', 200, { example: 'fire-safety patrol' })
  activity!: string;
}

export class RecordAssessmentDto {
  @ApiProperty({ description: 'Score from 0 to 100', minimum: 0, maximum: 100, example: 86 })
  @IsInt()
  @Min(0)
  @Max(100)
  score!: number;

  @EnumField('Grade; must match the score band (≥90 excellent, ≥80 good, ≥60 fair, else poor)', grades, 'Grade')
  grade!: Grade;

  @TextField('Why this score (or why an earlier one is amended)', 500, { example: 'led the estate clean-up' })
  reason!: string;
}
