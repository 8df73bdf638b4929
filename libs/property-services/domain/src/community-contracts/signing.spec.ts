import { spec } from '../testing/spec.js';
import { communityContracts, communityContractsStreamName } from './community-contracts.js';
import type { ServiceLevel } from './events.js';
import { COMMUNITY_ID, COMPANY_ID, coverageChanged, OTHER_COMPANY_ID, recordTender, recruited, renew, sign, signed, terminate, TENDER_ID } from './testing/fixtures.js';

const { given } = spec(communityContracts);

describe('a community with no tender or contract yet', () => {
  it('records how the owners committee recruited a company', () => given().when(recordTender()).then(recruited()));

  it('accepts a tender held today', () => given().when(recordTender({ tenderDate: '2025-04-10' })).then(recruited({ tenderDate: '2025-04-10' })));

  it('refuses a tender dated after today', () => given().when(recordTender({ tenderDate: '2025-04-11' })).thenRejects('TenderDateInFuture'));

  it('refuses a tender date that is not a calendar day', () => given().when(recordTender({ tenderDate: '2024-02-30' })).thenRejects('InvalidDate'));

  it('refuses a tender without bidders', () => given().when(recordTender({ biddersCount: 0 })).thenRejects('InvalidBiddersCount'));

  it('refuses a fractional number of bidders', () => given().when(recordTender({ biddersCount: 2.5 })).thenRejects('InvalidBiddersCount'));

  it('signs a contract negotiated without a tender', () => given().when(sign({ tenderId: null })).then(signed({ tenderId: null }), coverageChanged()));

  it('refuses a contract that ends before it starts', () =>
    given().when(sign({ periodStart: '2024-09-01', periodEnd: '2024-08-31' })).thenRejects('InvalidContractPeriod'));

  it('refuses a contract that ends the day it starts', () =>
    given().when(sign({ periodStart: '2024-09-01', periodEnd: '2024-09-01' })).thenRejects('InvalidContractPeriod'));

  it('refuses a contract period that is not made of calendar days', () => given().when(sign({ periodEnd: '2027-02-29' })).thenRejects('InvalidDate'));

  it.each([0, -80, 80.5, Number.NaN])('refuses a fee standard of %p fen', (fee) =>
    given().when(sign({ feeStandardFenPerSqmMonth: fee })).thenRejects('InvalidFeeStandard'));

  it('refuses an unknown service level', () => given().when(sign({ serviceLevel: 'gold' as ServiceLevel })).thenRejects('UnknownServiceLevel'));

  it('cannot sign under a tender it never recorded', () => given().when(sign()).thenNotFound('Tender', TENDER_ID));

  it('refuses a suspended company', () => given().when(sign({ tenderId: null, lookup: { companyStanding: 'suspended' } })).thenRejects('CompanySuspended'));

  it('refuses a company that is not registered', () =>
    given().when(sign({ tenderId: null, lookup: { companyStanding: 'unregistered' } })).thenRejects('CompanyNotRegistered'));

  it('cannot renew a contract it does not have', () => given().when(renew()).thenNotFound('ServiceContract', 'contract-2024'));

  it('cannot terminate a contract it does not have', () => given().when(terminate()).thenNotFound('ServiceContract', 'contract-2024'));
});

describe('a community that recruited a company by tender', () => {
  it('cannot record the same tender twice', () => given(recruited()).when(recordTender()).thenRejects('TenderAlreadyExists'));

  it('signs with the company the tender selected, covering the community for the period', () =>
    given(recruited()).when(sign()).then(signed(), coverageChanged({ effectiveDate: '2024-09-01', coveredUntil: '2027-08-31' })));

  it('refuses to sign with a company the tender did not select', () =>
    given(recruited()).when(sign({ companyId: OTHER_COMPANY_ID })).thenRejects('CompanyNotSelectedByTender'));
});

describe('a community with a contract from 2024-09-01 to 2027-08-31', () => {
  const history = [recruited(), signed()];

  it('cannot sign the same contract twice', () => given(...history).when(sign()).thenRejects('ContractAlreadyExists'));

  it('refuses a second contract starting inside the period', () =>
    given(...history)
      .when(sign({ contractId: 'contract-b', tenderId: null, companyId: OTHER_COMPANY_ID, periodStart: '2026-01-01', periodEnd: '2028-12-31' }))
      .thenRejects('ContractPeriodsOverlap'));

  it('refuses a second contract that shares only the last day', () =>
    given(...history)
      .when(sign({ contractId: 'contract-b', tenderId: null, periodStart: '2027-08-31', periodEnd: '2029-08-31' }))
      .thenRejects('ContractPeriodsOverlap'));

  it('refuses a second contract enclosing the whole period', () =>
    given(...history)
      .when(sign({ contractId: 'contract-b', tenderId: null, periodStart: '2024-01-01', periodEnd: '2030-12-31' }))
      .thenRejects('ContractPeriodsOverlap'));

  it('signs the next contract from the day after the period ends', () => {
    const next = { contractId: 'contract-b', tenderId: null, periodStart: '2027-09-01', periodEnd: '2030-08-31' };
    given(...history).when(sign(next)).then(signed(next), coverageChanged({ contractId: 'contract-b', effectiveDate: '2027-09-01', coveredUntil: '2030-08-31' }));
  });

  it('records an earlier contract that ended the day before', () => {
    const earlier = { contractId: 'contract-old', tenderId: null, periodStart: '2021-09-01', periodEnd: '2024-08-31' };
    given(...history).when(sign(earlier)).then(signed(earlier), coverageChanged({ contractId: 'contract-old', effectiveDate: '2021-09-01', coveredUntil: '2024-08-31' }));
  });
});

describe('the contracts stream', () => {
  it('is named after the community', () => expect(communityContractsStreamName(COMMUNITY_ID)).toBe('property.CommunityContracts-yingbin-garden'));

  it('keeps the company of each contract', () => expect(signed().data.companyId).toBe(COMPANY_ID));
});
