import { ApiProperty } from '@nestjs/swagger';

// Shapes of statements and their verification (for OpenAPI). Money in fen (CNY 0.01).

const POSITION = { description: 'The event-store position the read models reflect', example: '1042' };

export class StatementView {
  @ApiProperty({ format: 'uuid' }) communityId!: string;
  @ApiProperty({ description: 'YYYY-MM or YYYY-Qn' }) period!: string;
  @ApiProperty() periodStart!: string;
  @ApiProperty() periodEnd!: string;
  @ApiProperty({ type: [String] }) feePeriods!: string[];
  @ApiProperty() feesBilledFen!: number;
  @ApiProperty() feesCollectedFen!: number;
  @ApiProperty() billedHouseholds!: number;
  @ApiProperty() payingHouseholds!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Collected ÷ billed in basis points' }) feeCollectionRateBp!: number | null;
  @ApiProperty({ description: 'Net of reversals' }) revenueFen!: number;
  @ApiProperty() expenditureFen!: number;
  @ApiProperty() netFen!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Per revenue category' }) revenueByCategory!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Per expenditure category' }) expenditureByCategory!: Record<string, number>;
  @ApiProperty({ type: [String], description: 'Entries covered, by id' }) entryIds!: string[];
  @ApiProperty({ example: 'linli.property.statement.v1' }) sealEncoding!: string;
  @ApiProperty({ description: 'SHA-256 (hex) of the canonical encoding of the entries and fee records covered' }) seal!: string;
  @ApiProperty() publishedOn!: string;
  @ApiProperty({ description: 'Last day on which publication counted as on schedule' }) deadline!: string;
  @ApiProperty() onTime!: boolean;
  @ApiProperty({ description: 'Business time of the publication (ISO-8601)' }) publishedAt!: string;
}

export class StatementsPage {
  @ApiProperty(POSITION) position!: string;
  @ApiProperty({ type: [StatementView] }) items!: StatementView[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class StatementDifferenceView {
  @ApiProperty({ enum: ['figure', 'missing_entry', 'unexpected_entry', 'missing_fee_record', 'unexpected_fee_record', 'unsupported_seal_encoding'] })
  kind!: string;
  @ApiProperty({ required: false, description: 'For a figure: which one' }) field?: string;
  @ApiProperty({ required: false, description: 'For an entry' }) entryId?: string;
  @ApiProperty({ required: false, description: 'For a fee record: the month' }) period?: string;
  @ApiProperty({ required: false, description: 'What the statement says (figure, or seal encoding)', oneOf: [{ type: 'number' }, { type: 'string' }], nullable: true })
  published?: number | string | null;
  @ApiProperty({ required: false, nullable: true, type: Number, description: 'What the history gives now' }) recomputed?: number | null;
}

export class VerificationView {
  @ApiProperty({ description: 'True when the seal and every figure still agree with the event history' }) ok!: boolean;
  @ApiProperty({ description: 'The seal the statement was published with' }) expectedSeal!: string;
  @ApiProperty({ description: 'The seal recomputed now from the ledger’s events' }) actualSeal!: string;
  @ApiProperty({ type: [StatementDifferenceView] }) differences!: StatementDifferenceView[];
  @ApiProperty({ description: 'Revision of the ledger stream that was replayed' }) ledgerRevision!: string;
  @ApiProperty({ description: 'When the verification ran (ISO-8601)' }) verifiedAt!: string;
}

export class StatementAnswer {
  @ApiProperty(POSITION) position!: string;
  @ApiProperty({ type: StatementView }) statement!: StatementView;
  @ApiProperty({ type: VerificationView, description: 'Recomputed from the event store on every request, independent of the read models' })
  verification!: VerificationView;
}
