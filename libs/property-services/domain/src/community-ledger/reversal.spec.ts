import { spec } from '../testing/spec.js';
import { communityLedger } from './community-ledger.js';
import { entryReversed, expenditureRecorded, reverse, revenueRecorded, statementPublished } from './testing/fixtures.js';

const { given } = spec(communityLedger);

describe('an empty ledger', () => {
  it('has nothing to reverse', () => given().when(reverse()).thenNotFound('LedgerEntry', 'rev-001'));
});

describe('a ledger with a parking revenue of 2025-01-15', () => {
  const history = [revenueRecorded()];

  it('reverses it in full, on its side and category, with a reason', () => given(...history).when(reverse()).then(entryReversed()));

  it('reverses it on the day it was recorded', () => given(...history).when(reverse({ date: '2025-01-15' })).then(entryReversed({ date: '2025-01-15' })));

  it('reverses an expenditure on the expenditure side', () =>
    given(expenditureRecorded())
      .when(reverse({ entryId: 'exp-001-r', reversedEntryId: 'exp-001', date: '2025-02-11' }))
      .then(
        entryReversed({ entryId: 'exp-001-r', reversedEntryId: 'exp-001', date: '2025-02-11', amountFen: 150_000, direction: 'expenditure', category: 'repairs' }),
      ));

  it('cannot reverse an entry it does not have', () => given(...history).when(reverse({ reversedEntryId: 'rev-404' })).thenNotFound('LedgerEntry', 'rev-404'));

  it('needs a reason', () => given(...history).when(reverse({ reason: '' })).thenRejects('ReasonRequired'));

  it('refuses a reversal dated before the entry', () => given(...history).when(reverse({ date: '2025-01-14' })).thenRejects('ReversalBeforeOriginal'));

  it('refuses a reversal dated after today', () => given(...history).when(reverse({ date: '2025-04-11' })).thenRejects('EntryDatedInFuture'));

  it('refuses a reversal date that is not a calendar day', () => given(...history).when(reverse({ date: '2025-02-30' })).thenRejects('InvalidDate'));

  it('refuses a reversal whose id is already taken', () => given(...history).when(reverse({ entryId: 'rev-001' })).thenRejects('EntryAlreadyExists'));
});

describe('a ledger with a reversed entry', () => {
  const history = [revenueRecorded(), entryReversed()];

  it('cannot reverse the entry twice', () => given(...history).when(reverse({ entryId: 'rev-001-r2' })).thenRejects('EntryAlreadyReversed'));

  it('cannot reverse the reversal', () =>
    given(...history).when(reverse({ entryId: 'rev-001-rr', reversedEntryId: 'rev-001-r' })).thenRejects('CannotReverseAReversal'));
});

describe('a ledger whose first quarter is published', () => {
  const history = [revenueRecorded(), statementPublished()];

  it('corrects an entry of the closed quarter with a reversal dated after it', () =>
    given(...history).when(reverse({ date: '2025-04-02' })).then(entryReversed({ date: '2025-04-02' })));

  it('refuses a reversal dated inside the closed quarter', () => given(...history).when(reverse({ date: '2025-03-20' })).thenRejects('PeriodClosed'));
});
