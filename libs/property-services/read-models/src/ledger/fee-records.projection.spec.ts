import { COMMUNITY_ID, feesRecorded } from '../testing/fixtures.js';
import { expectSameDocumentsWhenDeliveredTwice, logOf, OCCURRED_AT, project } from '../testing/projection-spec.js';
import { feeRecordsProjection } from './fee-records.projection.js';

describe('the fee records read model', () => {
  it('keeps the figures of a month with its collection rates in basis points', () =>
    expect(project(feeRecordsProjection, logOf(feesRecorded()))).toEqual({
      [`${COMMUNITY_ID}:2026-01`]: {
        communityId: COMMUNITY_ID,
        period: '2026-01',
        billedFen: 4_800_000,
        collectedFen: 4_320_000,
        billedHouseholds: 600,
        payingHouseholds: 540,
        rateBp: 9000,
        householdRateBp: 9000,
        recordedAt: OCCURRED_AT,
      },
    }));

  it('replaces a month with its later record', () =>
    expect(project(feeRecordsProjection, logOf(feesRecorded(), feesRecorded({ collectedFen: 4_700_000, payingHouseholds: 590 })))[`${COMMUNITY_ID}:2026-01`])
      .toMatchObject({ collectedFen: 4_700_000, payingHouseholds: 590, rateBp: 9791, householdRateBp: 9833 }));

  it('has no rate for a month in which nothing was billed', () =>
    expect(project(feeRecordsProjection, logOf(feesRecorded({ billedFen: 0, collectedFen: 0, billedHouseholds: 0, payingHouseholds: 0 })))[`${COMMUNITY_ID}:2026-01`])
      .toMatchObject({ rateBp: null, householdRateBp: null }));

  it('gives the same documents when every event is delivered twice', () =>
    expectSameDocumentsWhenDeliveredTwice(feeRecordsProjection, logOf(feesRecorded(), feesRecorded({ period: '2026-02' }), feesRecorded({ collectedFen: 1 }))));
});
