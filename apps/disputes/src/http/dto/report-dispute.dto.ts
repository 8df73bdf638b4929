import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DISPUTE_CATEGORIES, PARTY_ROLES, REPORTING_CHANNELS, URGENCIES,
  type DisputeCategory, type PartyRole, type ReportingChannel, type Urgency,
} from '@linli/disputes-domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { BusinessTimeDto } from './business-time.dto.js';
import { EXTERNAL_ID, EXTERNAL_ID_MESSAGE } from './validators.js';

/** A person in the dispute. Name, phone and room are personal data (PIPL): stored once, shown only to allowed roles. */
export class PartyDto {
  @ApiProperty({ description: 'Pseudonymous subject id of the person (the key of their personal data).', example: 'subj-7f3a' })
  @Matches(EXTERNAL_ID, { message: EXTERNAL_ID_MESSAGE })
  readonly subjectId!: string;

  @ApiProperty({ enum: PARTY_ROLES, enumName: 'PartyRole', description: 'Exactly one party is the reporter.' })
  @IsIn(PARTY_ROLES)
  readonly role!: PartyRole;

  @ApiProperty({ description: 'Personal data.', example: '李伟', minLength: 1, maxLength: 64 })
  @IsString()
  @Length(1, 64)
  readonly name!: string;

  @ApiPropertyOptional({ description: 'Personal data.', example: '13800000001', pattern: '^\\+?[0-9 -]{5,20}$' })
  @IsOptional()
  @Matches(/^\+?[0-9 -]{5,20}$/, { message: '$property must be 5–20 digits, spaces or dashes, optionally after +' })
  readonly phone?: string;

  @ApiPropertyOptional({ description: 'Personal data: building and room.', example: '5-302', maxLength: 32 })
  @IsOptional()
  @IsString()
  @Length(1, 32)
  readonly room?: string;
}

/** Report a dispute in a residential community. */
export class ReportDisputeDto extends BusinessTimeDto {
  @ApiPropertyOptional({ description: 'A UUID chosen by the client for idempotent creation; the server generates one (UUIDv7) when absent.', format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  readonly disputeId?: string;

  @ApiProperty({ description: 'The residential community (organizations context id).', example: 'rc-qianyue-1' })
  @Matches(EXTERNAL_ID, { message: EXTERNAL_ID_MESSAGE })
  readonly communityId!: string;

  @ApiProperty({ enum: DISPUTE_CATEGORIES, enumName: 'DisputeCategory' })
  @IsIn(DISPUTE_CATEGORIES)
  readonly category!: DisputeCategory;

  @ApiProperty({ description: 'What happened. Keep personal data out of it: parties go in `parties`.', minLength: 1, maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  readonly description!: string;

  @ApiProperty({ enum: URGENCIES, enumName: 'Urgency' })
  @IsIn(URGENCIES)
  readonly urgency!: Urgency;

  @ApiProperty({ enum: REPORTING_CHANNELS, enumName: 'ReportingChannel' })
  @IsIn(REPORTING_CHANNELS)
  readonly channel!: ReportingChannel;

  @ApiPropertyOptional({ description: 'The 12345 hotline ticket; required for, and only for, channel hotline_12345.', example: 'T20251130-0042' })
  @IsOptional()
  @Matches(EXTERNAL_ID, { message: EXTERNAL_ID_MESSAGE })
  readonly hotlineTicketId?: string;

  @ApiProperty({ type: [PartyDto], minItems: 1, maxItems: 20 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PartyDto)
  readonly parties!: PartyDto[];
}
