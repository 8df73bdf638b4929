import { COMMUNITY_ID, entryReversed, expenditureRecorded, revenueRecorded } from '../testing/fixtures.js';
import { expectSameDocumentsWhenDeliveredTwice, logOf, OCCURRED_AT, project } from '../testing/projection-spec.js';
import { ledgerEntriesProjection } from './ledger-entries.projection.js';

const key = (entryId: string) => `${COMMUNITY_ID}:${entryId}`;

describe('the ledger entries read model', () => {
  it('keeps a revenue entry as it was recorded, positive on the revenue side', () =>
    expect(project(ledgerEntriesProjection, logOf(revenueRecorded()))).toEqual({
      [key('rev-1')]: {
        communityId: COMMUNITY_ID,
        entryId: 'rev-1',
        kind: 'original',
        direction: 'revenue',
        category: 'parking',
        amountFen: 360_000,
        date: '2026-01-15',
        counterparty: 'Parking operator Li',
        voucherRef: 'V-1',
        reversedEntryId: null,
        reason: null,
        reversedByEntryId: null,
        revenueFen: 360_000,
        expenditureFen: 0,
        netFen: 360_000,
        recordedAt: OCCURRED_AT,
        sequence: '00000000000000000001',
      },
    }));

  it('keeps an expenditure entry on the expenditure side', () =>
    expect(project(ledgerEntriesProjection, logOf(expenditureRecorded()))[key('exp-1')]).toMatchObject({
      direction: 'expenditure',
      category: 'repairs',
      revenueFen: 0,
      expenditureFen: 150_000,
      netFen: -150_000,
      voucherRef: null,
    }));

  it('adds a reversal as a negative entry and marks the entry it cancels', () => {
    const docs = project(ledgerEntriesProjection, logOf(revenueRecorded(), entryReversed()));
    expect(docs[key('rev-1-r')]).toMatchObject({
      kind: 'reversal',
      direction: 'revenue',
      category: 'parking',
      amountFen: 360_000,
      revenueFen: -360_000,
      netFen: -360_000,
      reversedEntryId: 'rev-1',
      reason: 'entered twice',
      counterparty: null,
      sequence: '00000000000000000002',
    });
    expect(docs[key('rev-1')]).toMatchObject({ reversedByEntryId: 'rev-1-r', revenueFen: 360_000 });
  });

  it('gives the same documents when every event is delivered twice', () =>
    expectSameDocumentsWhenDeliveredTwice(ledgerEntriesProjection, logOf(revenueRecorded(), expenditureRecorded(), entryReversed())));
});
