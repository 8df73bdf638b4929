import { COMPANY_ID, companyRegistered } from '../testing/fixtures.js';
import { expectSameDocumentsWhenDeliveredTwice, logOf, OCCURRED_AT, project } from '../testing/projection-spec.js';
import { companiesProjection } from './companies.projection.js';

const suspended = { type: 'property.CompanySuspended', data: { companyId: COMPANY_ID, reason: 'fire exits blocked' } };
const reinstated = { type: 'property.CompanyReinstated', data: { companyId: COMPANY_ID } };
const LATER = '2026-06-01T02:00:00.000Z';

describe('the company register read model', () => {
  it('lists a registered company as active, with its credit code', () =>
    expect(project(companiesProjection, logOf(companyRegistered()))).toEqual({
      [COMPANY_ID]: {
        companyId: COMPANY_ID,
        name: 'Jinyuan Property Services Co., Ltd.',
        creditCode: '91361127MA35F3K2XA',
        qualificationLevel: 'ungraded',
        status: 'active',
        suspensionReason: null,
        registeredAt: OCCURRED_AT,
        updatedAt: OCCURRED_AT,
      },
    }));

  it('shows a suspension with its reason, and clears it on reinstatement', () => {
    expect(project(companiesProjection, logOf(companyRegistered(), [suspended, LATER]))[COMPANY_ID]).toMatchObject({
      status: 'suspended',
      suspensionReason: 'fire exits blocked',
      registeredAt: OCCURRED_AT,
      updatedAt: LATER,
    });
    expect(project(companiesProjection, logOf(companyRegistered(), suspended, reinstated))[COMPANY_ID]).toMatchObject({ status: 'active', suspensionReason: null });
  });

  it('ignores events of other aggregates', () =>
    expect(project(companiesProjection, logOf({ type: 'property.FeesRecorded', data: { communityId: 'x', period: '2026-01' } }))).toEqual({}));

  it('gives the same document when every event is delivered twice', () =>
    expectSameDocumentsWhenDeliveredTwice(companiesProjection, logOf(companyRegistered(), suspended, reinstated, companyRegistered({ companyId: 'other' }))));
});
