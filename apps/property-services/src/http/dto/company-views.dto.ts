import { ApiProperty } from '@nestjs/swagger';
import { QUALIFICATION_LEVELS } from '@linli/property-services-domain';

// Shapes of the company register as the queries answer it (for OpenAPI).

export class CompanyView {
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Unified social credit code, in capitals' }) creditCode!: string;
  @ApiProperty({ enum: QUALIFICATION_LEVELS, enumName: 'QualificationLevel' }) qualificationLevel!: string;
  @ApiProperty({ enum: ['active', 'suspended'], enumName: 'CompanyStatus' }) status!: string;
  @ApiProperty({ nullable: true, type: String }) suspensionReason!: string | null;
  @ApiProperty({ description: 'When it was registered (ISO-8601)' }) registeredAt!: string;
  @ApiProperty({ description: 'When it last changed (ISO-8601)' }) updatedAt!: string;
}

export class CompanyAnswer {
  @ApiProperty({ description: 'The event-store position the read models reflect', example: '1042' }) position!: string;
  @ApiProperty({ type: CompanyView }) company!: CompanyView;
}

export class CompaniesAnswer {
  @ApiProperty({ description: 'The event-store position the read models reflect', example: '1042' }) position!: string;
  @ApiProperty({ type: [CompanyView] }) items!: CompanyView[];
  @ApiProperty({ description: 'How many match in all' }) total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
