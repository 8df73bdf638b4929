import { fold } from '@linli/domain-kernel';
import { communityContracts } from './community-contracts.js';
import { coverageOn, isCoveredOn } from './coverage.js';
import { CONTRACT_ID, COMPANY_ID, recruited, renewed, signed, terminated } from './testing/fixtures.js';
import type { CommunityContractsEvent } from './events.js';

const stateAfter = (...events: CommunityContractsEvent[]) => fold(communityContracts, events);

describe('coverage of a community', () => {
  it('is absent before anything was recorded', () => expect(coverageOn(stateAfter(), '2025-01-01')).toBeNull());

  it('is absent when only a tender was held', () => expect(isCoveredOn(stateAfter(recruited()), '2025-01-01')).toBe(false));

  it('runs from the first to the last day of the contract, both included', () => {
    const state = stateAfter(recruited(), signed());
    expect(['2024-08-31', '2024-09-01', '2027-08-31', '2027-09-01'].map((day) => isCoveredOn(state, day))).toEqual([false, true, true, false]);
  });

  it('names the contract, the company and the fee standard in force', () =>
    expect(coverageOn(stateAfter(recruited(), signed()), '2025-06-15')).toEqual({
      contractId: CONTRACT_ID,
      companyId: COMPANY_ID,
      serviceLevel: 'level_2',
      feeStandardFenPerSqmMonth: 80,
      from: '2024-09-01',
      until: '2027-08-31',
    }));

  it('extends with a renewal, whose new fee applies only to the added years', () => {
    const state = stateAfter(recruited(), signed(), renewed({ feeStandardFenPerSqmMonth: 95 }));
    expect(coverageOn(state, '2027-08-31')).toMatchObject({ feeStandardFenPerSqmMonth: 80, until: '2030-08-31' });
    expect(coverageOn(state, '2027-09-01')).toMatchObject({ feeStandardFenPerSqmMonth: 95 });
    expect(isCoveredOn(state, '2030-09-01')).toBe(false);
  });

  it('stops the day before an early termination', () => {
    const state = stateAfter(recruited(), signed(), terminated());
    expect([isCoveredOn(state, '2025-04-30'), isCoveredOn(state, '2025-05-01')]).toEqual([true, false]);
    expect(coverageOn(state, '2025-04-30')).toMatchObject({ until: '2025-04-30' });
  });

  it('passes from one contract to the next without a gap', () => {
    const state = stateAfter(signed(), signed({ contractId: 'contract-b', tenderId: null, periodStart: '2027-09-01', periodEnd: '2030-08-31' }));
    expect([coverageOn(state, '2027-08-31')?.contractId, coverageOn(state, '2027-09-01')?.contractId]).toEqual([CONTRACT_ID, 'contract-b']);
  });
});
