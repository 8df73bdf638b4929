import { spec } from '../testing/spec.js';
import { communityLedger, ledgerStreamName } from './community-ledger.js';
import type { ExpenditureCategory, RevenueCategory } from './events.js';
import { expenditureRecorded, recordExpenditure, recordRevenue, revenueRecorded, statementPublished } from './testing/fixtures.js';

const { given } = spec(communityLedger);

describe('an empty ledger', () => {
  it('records public revenue', () => given().when(recordRevenue()).then(revenueRecorded()));

  it('records public expenditure', () => given().when(recordExpenditure()).then(expenditureRecorded()));

  it.each<RevenueCategory>(['parking', 'advertising', 'lift_ads', 'venue_rental', 'other'])('records %s revenue', (category) =>
    given().when(recordRevenue({ category })).then(revenueRecorded({ category })));

  it.each<ExpenditureCategory>(['repairs', 'greening', 'cleaning', 'security', 'other'])('records %s expenditure', (category) =>
    given().when(recordExpenditure({ category })).then(expenditureRecorded({ category })));

  it('records an entry without a voucher, and trims the counterparty', () =>
    given()
      .when(recordRevenue({ voucherRef: '  ', counterparty: ' Parking operator Li ' }))
      .then(revenueRecorded({ voucherRef: null })));

  it('records an entry whose voucher reference is left out', () => {
    const { voucherRef: _, ...withoutVoucher } = recordRevenue().data;
    given().when({ ...recordRevenue(), data: withoutVoucher }).then(revenueRecorded({ voucherRef: null }));
  });

  it('records an entry dated today', () => given().when(recordRevenue({ date: '2025-04-10' })).then(revenueRecorded({ date: '2025-04-10' })));

  it.each([0, -100, 12.5, Number.NaN, 2 ** 53])('refuses an amount of %p fen', (amountFen) =>
    given().when(recordRevenue({ amountFen })).thenRejects('InvalidAmount'));

  it('refuses a revenue category that belongs to expenditure', () =>
    given().when(recordRevenue({ category: 'repairs' as RevenueCategory })).thenRejects('UnknownCategory'));

  it('refuses an expenditure category that belongs to revenue', () =>
    given().when(recordExpenditure({ category: 'parking' as ExpenditureCategory })).thenRejects('UnknownCategory'));

  it('needs a counterparty', () => given().when(recordExpenditure({ counterparty: ' ' })).thenRejects('CounterpartyRequired'));

  it('refuses a date that is not a calendar day', () => given().when(recordRevenue({ date: '2025-02-29' })).thenRejects('InvalidDate'));

  it('refuses an entry dated after today in China', () => given().when(recordRevenue({ date: '2025-04-11' })).thenRejects('EntryDatedInFuture'));

  it('reads today in China, not in UTC', () =>
    given().when(recordRevenue({ date: '2025-04-11' }, '2025-04-10T16:30:00Z')).then(revenueRecorded({ date: '2025-04-11' })));
});

describe('a ledger with entries', () => {
  it('refuses a second entry with the same id', () => given(revenueRecorded()).when(recordRevenue()).thenRejects('EntryAlreadyExists'));

  it('refuses an expenditure reusing the id of a revenue entry', () =>
    given(revenueRecorded()).when(recordExpenditure({ entryId: 'rev-001' })).thenRejects('EntryAlreadyExists'));
});

describe('a ledger whose first quarter is published', () => {
  const history = [revenueRecorded(), statementPublished()];

  it('refuses revenue dated inside the quarter', () => given(...history).when(recordRevenue({ entryId: 'rev-late', date: '2025-03-31' })).thenRejects('PeriodClosed'));

  it('refuses expenditure dated on the first day of the quarter', () =>
    given(...history).when(recordExpenditure({ date: '2025-01-01' })).thenRejects('PeriodClosed'));

  it('records entries dated after the quarter', () =>
    given(...history).when(recordRevenue({ entryId: 'rev-002', date: '2025-04-01' })).then(revenueRecorded({ entryId: 'rev-002', date: '2025-04-01' })));
});

describe('the ledger stream', () => {
  it('is named after the community', () => expect(ledgerStreamName('yingbin-garden')).toBe('property.Ledger-yingbin-garden'));
});
