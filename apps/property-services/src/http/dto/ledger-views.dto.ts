import { ApiProperty } from '@nestjs/swagger';

// Shapes of the ledger and fee records as the queries answer them (for OpenAPI). Money in fen (CNY 0.01).

const POSITION = { description: 'The event-store position the read models reflect', example: '1042' };
const NULLABLE_TEXT = { nullable: true, type: String } as const;

export class LedgerLineView {
  @ApiProperty({ format: 'uuid' }) communityId!: string;
  @ApiProperty() entryId!: string;
  @ApiProperty({ enum: ['original', 'reversal'] }) kind!: string;
  @ApiProperty({ enum: ['revenue', 'expenditure'] }) direction!: string;
  @ApiProperty() category!: string;
  @ApiProperty({ description: 'Amount, always positive' }) amountFen!: number;
  @ApiProperty() date!: string;
  @ApiProperty(NULLABLE_TEXT) counterparty!: string | null;
  @ApiProperty(NULLABLE_TEXT) voucherRef!: string | null;
  @ApiProperty({ ...NULLABLE_TEXT, description: 'For a reversal: the entry it cancels' }) reversedEntryId!: string | null;
  @ApiProperty({ ...NULLABLE_TEXT, description: 'For a reversal: why' }) reason!: string | null;
  @ApiProperty({ ...NULLABLE_TEXT, description: 'For an original: the reversal that cancelled it' }) reversedByEntryId!: string | null;
  @ApiProperty({ description: 'What it adds to revenue (negative for a reversal)' }) revenueFen!: number;
  @ApiProperty({ description: 'What it adds to expenditure (negative for a reversal)' }) expenditureFen!: number;
  @ApiProperty({ description: 'What it adds to the balance: revenueFen - expenditureFen' }) netFen!: number;
  @ApiProperty() recordedAt!: string;
  @ApiProperty({ description: 'Revenue of the period up to this entry' }) runningRevenueFen!: number;
  @ApiProperty({ description: 'Expenditure of the period up to this entry' }) runningExpenditureFen!: number;
  @ApiProperty({ description: 'Running revenue minus running expenditure' }) runningNetFen!: number;
  @ApiProperty({ description: 'Opening balance plus running net' }) balanceFen!: number;
}

export class LedgerTotalsView {
  @ApiProperty() revenueFen!: number;
  @ApiProperty() expenditureFen!: number;
  @ApiProperty() netFen!: number;
}

export class ClosingStatementView {
  @ApiProperty() period!: string;
  @ApiProperty() publishedOn!: string;
  @ApiProperty() seal!: string;
}

export class LedgerLinesPage {
  @ApiProperty({ type: [LedgerLineView] }) items!: LedgerLineView[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class LedgerAnswer {
  @ApiProperty(POSITION) position!: string;
  @ApiProperty({ format: 'uuid' }) communityId!: string;
  @ApiProperty() period!: string;
  @ApiProperty() periodStart!: string;
  @ApiProperty() periodEnd!: string;
  @ApiProperty({ description: 'Net of all entries dated before the period' }) openingBalanceFen!: number;
  @ApiProperty({ type: LedgerTotalsView }) totals!: LedgerTotalsView;
  @ApiProperty() closingBalanceFen!: number;
  @ApiProperty({ type: [ClosingStatementView], description: 'Published statements covering the period (then it is closed)' }) closedBy!: ClosingStatementView[];
  @ApiProperty({ type: LedgerLinesPage, description: 'Entries by date, then in the order recorded, with running totals' }) entries!: LedgerLinesPage;
}

export class FeeFiguresView {
  @ApiProperty() billedFen!: number;
  @ApiProperty() collectedFen!: number;
  @ApiProperty() billedHouseholds!: number;
  @ApiProperty() payingHouseholds!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Collected ÷ billed in basis points (10000 = all), rounded down' }) rateBp!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Paying ÷ billed households in basis points' }) householdRateBp!: number | null;
}

export class FeeRecordView extends FeeFiguresView {
  @ApiProperty({ format: 'uuid' }) communityId!: string;
  @ApiProperty({ description: 'Month, YYYY-MM' }) period!: string;
  @ApiProperty() recordedAt!: string;
}

export class FeeMonthsPage {
  @ApiProperty({ type: [FeeRecordView] }) items!: FeeRecordView[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class FeesAnswer {
  @ApiProperty(POSITION) position!: string;
  @ApiProperty({ format: 'uuid' }) communityId!: string;
  @ApiProperty({ nullable: true, type: String }) from!: string | null;
  @ApiProperty({ nullable: true, type: String }) to!: string | null;
  @ApiProperty({ type: FeeFiguresView, description: 'Over every month of the range, not only this page' }) totals!: FeeFiguresView;
  @ApiProperty({ type: FeeMonthsPage }) months!: FeeMonthsPage;
}
