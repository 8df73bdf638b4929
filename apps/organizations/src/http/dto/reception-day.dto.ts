import { ApiProperty } from '@nestjs/swagger';
import { matterCategories, type MatterCategory } from '@linli/organizations-domain';
import { IsBoolean } from 'class-validator';
import { DateField, EnumField, IdField, SubjectIdField, TextField } from './fields.js';

export class ScheduleReceptionDayDto {
  @IdField('Client-chosen id for an idempotent scheduling; generated when absent', { optional: true })
  id?: string;

  @IdField('The residential community where the day is held')
  communityId!: string;

  @SubjectIdField('The official receiving residents, by pseudonymous subject id')
  officialSubjectId!: string;

  @DateField('Date the day is scheduled for (may be in the future)')
  scheduledFor!: string;

  @TextField('Where residents are received', 200, { example: 'Party and mass service centre, building 3' })
  venue!: string;
}

export class HoldReceptionDayDto {
  @DateField('Date the day was held (on or after the scheduled date, not after today)')
  heldOn!: string;
}

export class RecordMatterDto {
  @EnumField('Kind of matter', matterCategories, 'MatterCategory')
  category!: MatterCategory;

  @TextField('What residents raised', 1000, { example: 'square dancing in the courtyard after 21:00' })
  summary!: string;

  @ApiProperty({ description: 'Whether the matter is to be referred to the disputes service (records the intent)', example: true })
  @IsBoolean()
  referToDisputes!: boolean;

  @SubjectIdField('The resident who raised it, when known (pseudonymous subject id)', { optional: true })
  raisedBySubjectId?: string;
}

export class CancelReceptionDayDto {
  @TextField('Why the day is cancelled', 500, { example: 'flood warning' })
  reason!: string;
}
