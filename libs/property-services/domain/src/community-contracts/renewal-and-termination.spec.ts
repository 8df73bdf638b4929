import { spec } from '../testing/spec.js';
import { communityContracts } from './community-contracts.js';
import { CONTRACT_ID, coverageChanged, OTHER_COMPANY_ID, recruited, renew, renewed, sign, signed, terminate, terminated, uncovered } from './testing/fixtures.js';

const { given } = spec(communityContracts);

describe('a community with a contract in force until 2027-08-31', () => {
  const history = [recruited(), signed()];

  it('renews it at the same fee standard, covered from the day after the old end', () =>
    given(...history).when(renew()).then(renewed(), coverageChanged({ effectiveDate: '2027-09-01', coveredUntil: '2030-08-31' })));

  it('renews it at a new fee standard', () =>
    given(...history).when(renew({ feeStandardFenPerSqmMonth: 95 })).then(renewed({ feeStandardFenPerSqmMonth: 95 }), coverageChanged({ effectiveDate: '2027-09-01', coveredUntil: '2030-08-31' })));

  it('refuses a renewal that does not go past the current end', () =>
    given(...history).when(renew({ newPeriodEnd: '2027-08-31' })).thenRejects('RenewalMustExtendPeriod'));

  it('refuses a renewal ending before the current end', () =>
    given(...history).when(renew({ newPeriodEnd: '2026-12-31' })).thenRejects('RenewalMustExtendPeriod'));

  it('refuses a renewal end that is not a calendar day', () => given(...history).when(renew({ newPeriodEnd: '2030-02-30' })).thenRejects('InvalidDate'));

  it('refuses a renewal at a fee standard of zero', () =>
    given(...history).when(renew({ feeStandardFenPerSqmMonth: 0 })).thenRejects('InvalidFeeStandard'));

  it('refuses to renew with a suspended company', () =>
    given(...history).when(renew({ lookup: { companyId: 'company-jinyuan', companyStanding: 'suspended' } })).thenRejects('CompanySuspended'));

  it('refuses to renew with a company no longer registered', () =>
    given(...history).when(renew({ lookup: { companyId: 'company-jinyuan', companyStanding: 'unregistered' } })).thenRejects('CompanyNotRegistered'));

  it('refuses a renewal running into the next contract', () =>
    given(...history, signed({ contractId: 'contract-b', tenderId: null, periodStart: '2028-09-01', periodEnd: '2031-08-31' }))
      .when(renew({ newPeriodEnd: '2028-09-01' }))
      .thenRejects('ContractPeriodsOverlap'));

  it('renews up to the day before the next contract', () =>
    given(...history, signed({ contractId: 'contract-b', tenderId: null, periodStart: '2028-09-01', periodEnd: '2031-08-31' }))
      .when(renew({ newPeriodEnd: '2028-08-31' }))
      .then(renewed({ periodEnd: '2028-08-31' }), coverageChanged({ effectiveDate: '2027-09-01', coveredUntil: '2028-08-31' })));

  it('fails loudly when given the standing of another company', () =>
    expect(() => given(...history).when(renew({ lookup: { companyId: OTHER_COMPANY_ID, companyStanding: 'active' } })).then()).toThrow(
      /not of its company company-jinyuan/,
    ));

  it('is terminated early with a reason, covered until the day before', () => given(...history).when(terminate()).then(terminated(), uncovered()));

  it('is terminated from its first day, so it was never in force', () =>
    given(...history)
      .when(terminate({ terminationDate: '2024-09-01' }))
      .then(terminated({ terminationDate: '2024-09-01', coveredUntil: '2024-08-31' }), uncovered({ effectiveDate: '2024-09-01' })));

  it('is terminated from its last day', () =>
    given(...history)
      .when(terminate({ terminationDate: '2027-08-31' }))
      .then(terminated({ terminationDate: '2027-08-31', coveredUntil: '2027-08-30' }), uncovered({ effectiveDate: '2027-08-31' })));

  it('refuses a termination date before the period', () =>
    given(...history).when(terminate({ terminationDate: '2024-08-31' })).thenRejects('TerminationDateOutsidePeriod'));

  it('refuses a termination date after the period', () =>
    given(...history).when(terminate({ terminationDate: '2027-09-01' })).thenRejects('TerminationDateOutsidePeriod'));

  it('refuses a termination date that is not a calendar day', () =>
    given(...history).when(terminate({ terminationDate: '2025-04-31' })).thenRejects('InvalidDate'));

  it('is not terminated without a reason', () => given(...history).when(terminate({ reason: '  ' })).thenRejects('ReasonRequired'));
});

describe('a community whose contract was renewed to 2030-08-31', () => {
  const history = [recruited(), signed(), renewed()];

  it('refuses a new contract inside the renewed years', () =>
    given(...history)
      .when(sign({ contractId: 'contract-b', tenderId: null, periodStart: '2029-01-01', periodEnd: '2031-12-31' }))
      .thenRejects('ContractPeriodsOverlap'));

  it('accepts a termination inside the renewed years', () =>
    given(...history)
      .when(terminate({ terminationDate: '2029-03-01' }))
      .then(terminated({ terminationDate: '2029-03-01', coveredUntil: '2029-02-28' }), uncovered({ effectiveDate: '2029-03-01' })));
});

describe('a community whose contract was terminated from 2025-05-01', () => {
  const history = [recruited(), signed(), terminated()];

  it('cannot terminate it again', () => given(...history).when(terminate()).thenRejects('ContractAlreadyTerminated'));

  it('cannot renew it', () => given(...history).when(renew()).thenRejects('ContractAlreadyTerminated'));

  it('signs a new contract from the termination date', () => {
    const next = { contractId: 'contract-b', companyId: OTHER_COMPANY_ID, tenderId: null, periodStart: '2025-05-01', periodEnd: '2028-04-30' };
    given(...history).when(sign(next)).then(signed(next), coverageChanged({ contractId: 'contract-b', effectiveDate: '2025-05-01', coveredUntil: '2028-04-30' }));
  });

  it('refuses a new contract starting while the old one was still in force', () =>
    given(...history)
      .when(sign({ contractId: 'contract-b', companyId: OTHER_COMPANY_ID, tenderId: null, periodStart: '2025-04-30', periodEnd: '2028-04-30' }))
      .thenRejects('ContractPeriodsOverlap'));
});

describe('a community whose contract was terminated on its first day', () => {
  it('may sign another contract for the very same period', () => {
    const replacement = { contractId: 'contract-b', companyId: OTHER_COMPANY_ID, tenderId: null };
    given(recruited(), signed(), terminated({ contractId: CONTRACT_ID, terminationDate: '2024-09-01', coveredUntil: '2024-08-31' }))
      .when(sign(replacement))
      .then(signed(replacement), coverageChanged({ contractId: 'contract-b' }));
  });
});
