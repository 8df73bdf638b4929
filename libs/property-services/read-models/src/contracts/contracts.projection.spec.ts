import { COMMUNITY_ID, CONTRACT_ID, contractSigned } from '../testing/fixtures.js';
import { expectSameDocumentsWhenDeliveredTwice, logOf, OCCURRED_AT, project } from '../testing/projection-spec.js';
import { contractsProjection, feeStandardOn } from './contracts.projection.js';

const KEY = `${COMMUNITY_ID}:${CONTRACT_ID}`;
const renewed = {
  type: 'property.ContractRenewed',
  data: { communityId: COMMUNITY_ID, contractId: CONTRACT_ID, previousPeriodEnd: '2026-12-31', periodEnd: '2027-12-31', feeStandardFenPerSqmMonth: 140 },
};
const terminated = {
  type: 'property.ContractTerminated',
  data: { communityId: COMMUNITY_ID, contractId: CONTRACT_ID, terminationDate: '2027-07-01', coveredUntil: '2027-06-30', reason: 'service standard not met' },
};

describe('the contracts read model', () => {
  it('records a signed contract as in force for its whole period', () =>
    expect(project(contractsProjection, logOf(contractSigned()))).toEqual({
      [KEY]: {
        communityId: COMMUNITY_ID,
        contractId: CONTRACT_ID,
        companyId: contractSigned().data.companyId,
        tenderId: 'tender-1',
        serviceLevel: 'level_2',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        lastDayInForce: '2026-12-31',
        status: 'signed',
        terminationDate: null,
        terminationReason: null,
        feeSchedule: [{ from: '2026-01-01', feeStandardFenPerSqmMonth: 120 }],
        signedAt: OCCURRED_AT,
        updatedAt: OCCURRED_AT,
      },
    }));

  it('extends a renewed contract, with the new fee from the day after the old end', () => {
    const doc = project(contractsProjection, logOf(contractSigned(), renewed))[KEY];
    expect(doc).toMatchObject({ periodEnd: '2027-12-31', lastDayInForce: '2027-12-31' });
    expect(doc && [feeStandardOn(doc, '2026-12-31'), feeStandardOn(doc, '2027-01-01')]).toEqual([120, 140]);
  });

  it('ends coverage the day before an early termination', () =>
    expect(project(contractsProjection, logOf(contractSigned(), renewed, terminated))[KEY]).toMatchObject({
      status: 'terminated',
      terminationDate: '2027-07-01',
      terminationReason: 'service standard not met',
      periodEnd: '2027-12-31',
      lastDayInForce: '2027-06-30',
    }));

  it('gives the same document when every event is delivered twice', () =>
    expectSameDocumentsWhenDeliveredTwice(contractsProjection, logOf(contractSigned(), renewed, terminated, contractSigned({ contractId: 'other' }))));
});
