import { ApiProperty } from '@nestjs/swagger';
import { SERVICE_LEVELS } from '@linli/property-services-domain';

// Shapes of contracts, tenders and coverage as the queries answer them (for OpenAPI).

const POSITION = { description: 'The event-store position the read models reflect', example: '1042' };

export class FeeStepView {
  @ApiProperty({ description: 'First day this fee applies' }) from!: string;
  @ApiProperty({ description: 'Fen (CNY 0.01) per m² per month' }) feeStandardFenPerSqmMonth!: number;
}

export class ContractView {
  @ApiProperty({ format: 'uuid' }) communityId!: string;
  @ApiProperty({ format: 'uuid' }) contractId!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty({ nullable: true, type: String }) tenderId!: string | null;
  @ApiProperty({ enum: SERVICE_LEVELS, enumName: 'ServiceLevel' }) serviceLevel!: string;
  @ApiProperty() periodStart!: string;
  @ApiProperty() periodEnd!: string;
  @ApiProperty({ description: 'Period end, or the day before an early termination' }) lastDayInForce!: string;
  @ApiProperty({ enum: ['signed', 'terminated'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) terminationDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) terminationReason!: string | null;
  @ApiProperty({ type: [FeeStepView] }) feeSchedule!: FeeStepView[];
  @ApiProperty() signedAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class TenderView {
  @ApiProperty() tenderId!: string;
  @ApiProperty() tenderDate!: string;
  @ApiProperty() biddersCount!: number;
  @ApiProperty({ format: 'uuid' }) selectedCompanyId!: string;
}

export class CommunityContractsAnswer {
  @ApiProperty(POSITION) position!: string;
  @ApiProperty({ format: 'uuid' }) communityId!: string;
  @ApiProperty({ type: [TenderView] }) tenders!: TenderView[];
  @ApiProperty({ type: [ContractView], description: 'In the order they start' }) contracts!: ContractView[];
}

export class ContractInForceView {
  @ApiProperty({ format: 'uuid' }) contractId!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty({ enum: SERVICE_LEVELS, enumName: 'ServiceLevel' }) serviceLevel!: string;
  @ApiProperty({ description: 'Fee in force that day, fen (CNY 0.01) per m² per month' }) feeStandardFenPerSqmMonth!: number;
  @ApiProperty() from!: string;
  @ApiProperty() until!: string;
}

export class CommunityCoverageView {
  @ApiProperty({ format: 'uuid' }) communityId!: string;
  @ApiProperty() covered!: boolean;
  @ApiProperty({ type: ContractInForceView, nullable: true }) contract!: ContractInForceView | null;
}

export class CoveragePageView {
  @ApiProperty({ type: [CommunityCoverageView] }) items!: CommunityCoverageView[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class CoverageAnswer {
  @ApiProperty(POSITION) position!: string;
  @ApiProperty() date!: string;
  @ApiProperty({ description: 'Communities this service has seen: with a tender or contract, or keeping a ledger here' }) communitiesSeen!: number;
  @ApiProperty({ description: 'Of which with a contract in force that day' }) covered!: number;
  @ApiProperty({ description: 'Of which without one' }) uncovered!: number;
  @ApiProperty({ type: CoveragePageView }) communities!: CoveragePageView;
}
