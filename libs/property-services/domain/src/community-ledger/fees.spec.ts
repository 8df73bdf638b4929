import { fold } from '@linli/domain-kernel';
import { spec } from '../testing/spec.js';
import { basisPoints, collectionRate, collectionRateOf } from './collection-rate.js';
import { communityLedger } from './community-ledger.js';
import { feesRecorded, recordFees, statementPublished } from './testing/fixtures.js';

const { given } = spec(communityLedger);

describe('fees of a month not yet recorded', () => {
  it('are recorded: billed, collected, households billed and paying', () => given().when(recordFees()).then(feesRecorded()));

  it('may all be paid', () =>
    given().when(recordFees({ collectedFen: 4_800_000, payingHouseholds: 600 })).then(feesRecorded({ collectedFen: 4_800_000, payingHouseholds: 600 })));

  it('may be nothing at all', () => {
    const nothing = { billedFen: 0, collectedFen: 0, billedHouseholds: 0, payingHouseholds: 0 };
    given().when(recordFees(nothing)).then(feesRecorded(nothing));
  });

  it('cannot collect more than was billed', () => given().when(recordFees({ collectedFen: 4_800_001 })).thenRejects('CollectedExceedsBilled'));

  it('cannot have more paying households than billed ones', () => given().when(recordFees({ payingHouseholds: 601 })).thenRejects('PayingHouseholdsExceedBilled'));

  it.each([
    { billedFen: -1 },
    { collectedFen: 0.5 },
    { billedHouseholds: Number.NaN },
    { payingHouseholds: -3 },
  ])('refuses figures that are not whole and non-negative (%p)', (figures) => given().when(recordFees(figures)).thenRejects('InvalidFeeFigures'));

  it.each(['2025-Q1', '2025-13', '2025-1'])('are recorded per month, not for %p', (period) =>
    given().when(recordFees({ period })).thenRejects('InvalidPeriod'));
});

describe('fees of a month already recorded', () => {
  it('are superseded by later figures while the month is open', () =>
    given(feesRecorded()).when(recordFees({ collectedFen: 4_500_000, payingHouseholds: 560 })).then(feesRecorded({ collectedFen: 4_500_000, payingHouseholds: 560 })));

  it('do not change when the same figures are recorded again', () => given(feesRecorded()).when(recordFees()).thenNothingHappens());

  it('keep only the latest figures in the ledger', () =>
    expect(fold(communityLedger, [feesRecorded(), feesRecorded({ collectedFen: 4_500_000 })])).toMatchObject({
      fees: [{ period: '2025-01', collectedFen: 4_500_000 }],
    }));
});

describe('fees of a month in a published quarter', () => {
  it('can no longer be recorded', () => given(feesRecorded(), statementPublished()).when(recordFees({ collectedFen: 4_500_000 })).thenRejects('PeriodClosed'));

  it('can be recorded for the month after', () =>
    given(statementPublished()).when(recordFees({ period: '2025-04' })).then(feesRecorded({ period: '2025-04' })));
});

describe('the collection rate', () => {
  it('is collected over billed in basis points, rounded down', () => {
    expect(basisPoints(4_320_000, 4_800_000)).toBe(9000);
    expect(basisPoints(2, 3)).toBe(6666);
    expect(basisPoints(1, 1)).toBe(10_000);
  });

  it('is unknown when nothing was billed', () => expect(basisPoints(0, 0)).toBeNull());

  it('stays exact where floating point division would round up', () => {
    // 4503149267417261 * 10000 / 4503599627379999 is 9998.99999999999978...; in doubles it comes out as 9999.
    expect(Math.floor((4_503_149_267_417_261 * 10_000) / 4_503_599_627_379_999)).toBe(9999);
    expect(basisPoints(4_503_149_267_417_261, 4_503_599_627_379_999)).toBe(9998);
  });

  it('adds up the months of a quarter before dividing', () => {
    const ledger = fold(communityLedger, [
      feesRecorded(),
      feesRecorded({ period: '2025-02', billedFen: 4_800_000, collectedFen: 3_600_000, billedHouseholds: 600, payingHouseholds: 450 }),
      feesRecorded({ period: '2025-04', billedFen: 4_800_000, collectedFen: 0, billedHouseholds: 600, payingHouseholds: 0 }),
    ]);
    expect(collectionRateOf(ledger, '2025-Q1')).toEqual({
      billedFen: 9_600_000,
      collectedFen: 7_920_000,
      billedHouseholds: 1200,
      payingHouseholds: 990,
      rateBp: 8250,
      householdRateBp: 8250,
    });
    expect(collectionRateOf(ledger, '2025-02')).toMatchObject({ rateBp: 7500 });
  });

  it('is unknown for a malformed period, and empty for a ledger without fees', () => {
    expect(collectionRateOf(fold(communityLedger, []), '2025-Q5')).toBeNull();
    expect(collectionRate([])).toEqual({ billedFen: 0, collectedFen: 0, billedHouseholds: 0, payingHouseholds: 0, rateBp: null, householdRateBp: null });
  });
});
