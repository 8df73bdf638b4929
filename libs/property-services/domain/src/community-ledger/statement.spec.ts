import { fold } from '@linli/domain-kernel';
import { sha256Hex } from '../hashing/sha256.js';
import { spec } from '../testing/spec.js';
import { communityLedger } from './community-ledger.js';
import { canonicalEncoding } from './seal.js';
import { contentsOf } from './state.js';
import { firstQuarterCanonicalEncoding, firstQuarterHistory } from './testing/first-quarter.js';
import { entryReversed, publish, revenueRecorded, statementPublished } from './testing/fixtures.js';

const { given } = spec(communityLedger);
const publishedAfter = (history: Parameters<typeof given>, command = publish()) =>
  communityLedger.decide(command, fold(communityLedger, history))[0]?.data;

describe('a ledger with a full first quarter', () => {
  it('publishes the quarter net of reversals, with its fees, and sealed', () =>
    given(...firstQuarterHistory)
      .when(publish())
      .then(
        statementPublished({
          feePeriods: ['2025-01', '2025-02', '2025-03'],
          feesBilledFen: 14_400_000,
          feesCollectedFen: 12_480_000,
          billedHouseholds: 1800,
          payingHouseholds: 1560,
          feeCollectionRateBp: 8666,
          revenueFen: 300_000,
          expenditureFen: 195_000,
          netFen: 105_000,
          revenueByCategory: { parking: 180_000, advertising: 0, lift_ads: 120_000, venue_rental: 0, other: 0 },
          expenditureByCategory: { repairs: 150_000, greening: 45_000, cleaning: 0, security: 0, other: 0 },
          entryIds: ['exp-001', 'exp-002', 'rev-001', 'rev-001-r', 'rev-002', 'rev-003'],
          seal: sha256Hex(firstQuarterCanonicalEncoding),
        }),
      ));

  it('encodes the sealed content exactly as written down', () => {
    const { entries, fees } = contentsOf(fold(communityLedger, firstQuarterHistory));
    const inQuarter = entries.filter((entry) => entry.date >= '2025-01-01' && entry.date <= '2025-03-31');
    const content = { communityId: 'yingbin-garden', period: '2025-Q1', periodStart: '2025-01-01', periodEnd: '2025-03-31' };
    const quarterFees = fees.filter((fee) => ['2025-01', '2025-02', '2025-03'].includes(fee.period));
    expect(canonicalEncoding({ ...content, entries: inQuarter, fees: quarterFees })).toBe(firstQuarterCanonicalEncoding);
  });

  it('publishes a month of the quarter on its own', () =>
    expect(publishedAfter(firstQuarterHistory, publish({ period: '2025-02' }))).toMatchObject({
      periodStart: '2025-02-01',
      periodEnd: '2025-02-28',
      revenueFen: -180_000,
      expenditureFen: 150_000,
      entryIds: ['exp-001', 'rev-001-r', 'rev-003'],
      feePeriods: ['2025-02'],
      deadline: '2025-03-15',
      onTime: false,
    }));
});

describe('an empty ledger', () => {
  it('publishes an empty quarter', () => given().when(publish()).then(statementPublished()));

  it.each(['2025-Q5', '2025-3', 'Q1-2025'])('refuses the period %p', (period) => given().when(publish({ period })).thenRejects('InvalidPeriod'));

  it('refuses to close a quarter that has not ended', () => given().when(publish({ period: '2025-Q2' })).thenRejects('PeriodNotEnded'));

  it('refuses to close a month on its last day in China', () =>
    given().when(publish({ period: '2025-03' }, '2025-03-31T15:59:59Z')).thenRejects('PeriodNotEnded'));

  it('closes a month from the first minute of the next day in China', () =>
    expect(publishedAfter([], publish({ period: '2025-03' }, '2025-03-31T16:00:00Z'))).toMatchObject({ publishedOn: '2025-04-01', onTime: true }));

  it('counts a statement published on the deadline day as on time', () =>
    given().when(publish({}, '2025-04-15T15:59:59Z')).then(statementPublished({ publishedOn: '2025-04-15' })));

  it('counts a statement published after the deadline as late', () =>
    given().when(publish({}, '2025-04-15T16:00:00Z')).then(statementPublished({ publishedOn: '2025-04-16', onTime: false })));

  it('applies the deadline the application configures', () =>
    given()
      .when(publish({ publicationDeadlineDays: 30 }, '2025-04-20T02:00:00Z'))
      .then(statementPublished({ publishedOn: '2025-04-20', deadline: '2025-04-30' })));

  it.each([-1, 1.5, Number.NaN])('refuses a deadline of %p days', (days) =>
    given().when(publish({ publicationDeadlineDays: days })).thenRejects('InvalidPublicationDeadline'));
});

describe('a ledger whose first quarter is published', () => {
  it('refuses to publish the quarter again', () => given(statementPublished()).when(publish()).thenRejects('StatementAlreadyPublished'));

  it('still publishes a month inside it', () =>
    expect(publishedAfter([statementPublished()], publish({ period: '2025-01' }))).toMatchObject({ period: '2025-01', entryIds: [] }));

  it('counts a correction dated in the next quarter against that quarter', () =>
    expect(
      publishedAfter([revenueRecorded(), statementPublished(), entryReversed({ date: '2025-04-02' })], publish({ period: '2025-Q2' }, '2025-07-05T02:00:00Z')),
    ).toMatchObject({ revenueFen: -360_000, revenueByCategory: { parking: -360_000 }, entryIds: ['rev-001-r'], onTime: true }));
});
