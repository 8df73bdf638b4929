import * as api from './index.js';

describe('the public API of the property-services domain', () => {
  it('offers the three deciders with their stream names', () => {
    expect([api.propertyCompany, api.communityContracts, api.communityLedger].map((decider) => Object.keys(decider).sort())).toEqual([
      ['decide', 'evolve', 'initialState'],
      ['decide', 'evolve', 'initialState'],
      ['decide', 'evolve', 'initialState'],
    ]);
    expect([api.companyStreamName('c'), api.communityContractsStreamName('x'), api.ledgerStreamName('x')]).toEqual([
      'property.Company-c',
      'property.CommunityContracts-x',
      'property.Ledger-x',
    ]);
  });

  it('offers the pure helpers the application and auditors need', () =>
    expect(
      [api.verifyStatement, api.coverageOn, api.isCoveredOn, api.collectionRateOf, api.isValidCreditCode, api.companyStandingOf].map((f) => typeof f),
    ).toEqual(Array(6).fill('function')));
});
