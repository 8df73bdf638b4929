import { fold } from '@linli/domain-kernel';
import { spec } from '../testing/spec.js';
import { companyStreamName, propertyCompany } from './company.js';
import type { QualificationLevel } from './events.js';
import { companyStandingOf } from './state.js';
import { COMPANY_ID, CREDIT_CODE, register, registered, reinstate, reinstated, suspend, suspended } from './testing/fixtures.js';

const { given } = spec(propertyCompany);

describe('a company not yet registered', () => {
  it('is registered with its name, credit code and qualification level', () => given().when(register()).then(registered()));

  it('records the credit code in capitals and the name without stray spaces', () =>
    given()
      .when(register({ creditCode: ` ${CREDIT_CODE.toLowerCase()} `, name: '  Jinyuan Property Services Co., Ltd. ' }))
      .then(registered()));

  it('needs a name', () => given().when(register({ name: '  ' })).thenRejects('CompanyNameRequired'));

  it('refuses a credit code whose check character is wrong', () =>
    given().when(register({ creditCode: '91361127MA35F3K2XB' })).thenRejects('InvalidCreditCode'));

  it('refuses a credit code that is too short', () => given().when(register({ creditCode: '91361127' })).thenRejects('InvalidCreditCode'));

  it('refuses a credit code another company already holds', () =>
    given().when(register({ lookup: { companyWithSameCreditCode: 'company-other' } })).thenRejects('CreditCodeAlreadyRegistered'));

  it('refuses an unknown qualification level', () =>
    given().when(register({ qualificationLevel: 'grade_9' as QualificationLevel })).thenRejects('UnknownQualificationLevel'));

  it('cannot be suspended', () => given().when(suspend()).thenNotFound('PropertyCompany', COMPANY_ID));

  it('cannot be reinstated', () => given().when(reinstate()).thenNotFound('PropertyCompany', COMPANY_ID));

  it('stands as unregistered', () => expect(companyStandingOf(fold(propertyCompany, []))).toBe('unregistered'));
});

describe('an active company', () => {
  it('cannot be registered twice', () => given(registered()).when(register()).thenRejects('CompanyAlreadyExists'));

  it('is suspended with a reason', () => given(registered()).when(suspend()).then(suspended()));

  it('is not suspended without a reason', () => given(registered()).when(suspend(' ')).thenRejects('ReasonRequired'));

  it('cannot be reinstated', () => given(registered()).when(reinstate()).thenRejects('CompanyNotSuspended'));

  it('stands as active', () => expect(companyStandingOf(fold(propertyCompany, [registered()]))).toBe('active'));
});

describe('a suspended company', () => {
  it('is reinstated', () => given(registered(), suspended()).when(reinstate()).then(reinstated()));

  it('cannot be suspended again', () => given(registered(), suspended()).when(suspend()).thenRejects('CompanyAlreadySuspended'));

  it('stands as suspended, and as active again once reinstated', () => {
    expect(companyStandingOf(fold(propertyCompany, [registered(), suspended()]))).toBe('suspended');
    expect(companyStandingOf(fold(propertyCompany, [registered(), suspended(), reinstated()]))).toBe('active');
  });

  it('keeps its registration while suspended', () =>
    expect(fold(propertyCompany, [registered(), suspended()])).toEqual({ ...registered().data, status: 'suspended', suspensionReason: suspended().data.reason }));
});

describe('the company stream', () => {
  it('is named after the company', () => expect(companyStreamName(COMPANY_ID)).toBe('property.Company-company-jinyuan'));
});
