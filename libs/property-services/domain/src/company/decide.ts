import { assertNever, DomainRuleViolation, NotFound } from '@linli/domain-kernel';
import type { CompanyCommand, RegisterCompany, ReinstateCompany, SuspendCompany } from './commands.js';
import { isValidCreditCode } from './credit-code.js';
import { QUALIFICATION_LEVELS, type CompanyEvent } from './events.js';
import type { PropertyCompany } from './state.js';

export function decide(command: CompanyCommand, state: PropertyCompany): CompanyEvent[] {
  switch (command.type) {
    case 'RegisterCompany':
      return register(command, state);
    case 'SuspendCompany':
      return suspend(command, state);
    case 'ReinstateCompany':
      return reinstate(command, state);
    default:
      return assertNever(command);
  }
}

function register({ data }: RegisterCompany, state: PropertyCompany): CompanyEvent[] {
  if (state.status !== 'none') throw new DomainRuleViolation('CompanyAlreadyExists', `company ${data.companyId} is already registered`);
  const name = data.name.trim();
  if (name === '') throw new DomainRuleViolation('CompanyNameRequired', 'a company needs its registered name');
  // Codes are printed in capitals; accept what a clerk types in lowercase or with stray spaces.
  const creditCode = data.creditCode.trim().toUpperCase();
  if (!isValidCreditCode(creditCode))
    throw new DomainRuleViolation('InvalidCreditCode', `${data.creditCode} is not a valid unified social credit code`);
  const holder = data.lookup.companyWithSameCreditCode;
  if (holder !== null && holder !== data.companyId)
    throw new DomainRuleViolation('CreditCodeAlreadyRegistered', `credit code ${creditCode} is already registered to company ${holder}`);
  if (!QUALIFICATION_LEVELS.includes(data.qualificationLevel))
    throw new DomainRuleViolation('UnknownQualificationLevel', `${String(data.qualificationLevel)} is not a qualification level`);
  const { companyId, qualificationLevel } = data;
  return [{ type: 'property.CompanyRegistered', data: { companyId, name, creditCode, qualificationLevel } }];
}

function suspend({ data }: SuspendCompany, state: PropertyCompany): CompanyEvent[] {
  if (state.status === 'none') throw new NotFound('PropertyCompany', data.companyId);
  if (state.status === 'suspended') throw new DomainRuleViolation('CompanyAlreadySuspended', `company ${data.companyId} is already suspended`);
  const reason = data.reason.trim();
  if (reason === '') throw new DomainRuleViolation('ReasonRequired', 'a suspension needs a reason');
  return [{ type: 'property.CompanySuspended', data: { companyId: data.companyId, reason } }];
}

function reinstate({ data }: ReinstateCompany, state: PropertyCompany): CompanyEvent[] {
  if (state.status === 'none') throw new NotFound('PropertyCompany', data.companyId);
  if (state.status === 'active') throw new DomainRuleViolation('CompanyNotSuspended', `company ${data.companyId} is not suspended`);
  return [{ type: 'property.CompanyReinstated', data: { companyId: data.companyId } }];
}
