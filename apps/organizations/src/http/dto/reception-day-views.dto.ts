import { ApiProperty } from '@nestjs/swagger';
import { matterCategories } from '@linli/organizations-domain';

// Response shapes of the reception day queries, for the OpenAPI document.

export class MatterViewDto {
  @ApiProperty() matterId!: string;
  @ApiProperty({ enum: [...matterCategories], enumName: 'MatterCategory' }) category!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() referToDisputes!: boolean;
  @ApiProperty({ type: String, nullable: true }) raisedBySubjectId!: string | null;
  @ApiProperty({ format: 'date' }) raisedOn!: string;
}

export class ReceptionDayViewDto {
  @ApiProperty({ format: 'uuid' }) receptionDayId!: string;
  @ApiProperty({ format: 'uuid' }) communityId!: string;
  @ApiProperty() officialSubjectId!: string;
  @ApiProperty({ format: 'date' }) scheduledFor!: string;
  @ApiProperty() venue!: string;
  @ApiProperty({ enum: ['scheduled', 'held', 'cancelled'], enumName: 'ReceptionDayStatus' }) status!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) heldOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancellationReason!: string | null;
  @ApiProperty({ type: () => [MatterViewDto] }) matters!: MatterViewDto[];
  @ApiProperty({ example: '2' }) revision!: string;
}

export class ReceptionDayDto {
  @ApiProperty() position!: string;
  @ApiProperty({ type: () => ReceptionDayViewDto }) receptionDay!: ReceptionDayViewDto;
}

export class ReceptionDayPageDto {
  @ApiProperty() position!: string;
  @ApiProperty({ type: () => [ReceptionDayViewDto] }) items!: ReceptionDayViewDto[];
  @ApiProperty({ type: String, nullable: true }) next!: string | null;
}
