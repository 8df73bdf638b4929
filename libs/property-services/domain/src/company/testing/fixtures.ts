import { metadata } from '../../testing/metadata.js';
import type { RegisterCompany, ReinstateCompany, SuspendCompany } from '../commands.js';
import type { CompanyRegistered, CompanyReinstated, CompanySuspended } from '../events.js';

export const COMPANY_ID = 'company-jinyuan';
export const CREDIT_CODE = '91361127MA35F3K2XA';

export const register = (data: Partial<RegisterCompany['data']> = {}): RegisterCompany => ({
  type: 'RegisterCompany',
  data: {
    companyId: COMPANY_ID,
    name: 'Jinyuan Property Services Co., Ltd.',
    creditCode: CREDIT_CODE,
    qualificationLevel: 'grade_2',
    lookup: { companyWithSameCreditCode: null },
    ...data,
  },
  metadata: metadata(),
});

export const suspend = (reason = 'fire exits blocked at two estates'): SuspendCompany => ({
  type: 'SuspendCompany',
  data: { companyId: COMPANY_ID, reason },
  metadata: metadata(),
});

export const reinstate = (): ReinstateCompany => ({ type: 'ReinstateCompany', data: { companyId: COMPANY_ID }, metadata: metadata() });

export const registered = (data: Partial<CompanyRegistered['data']> = {}): CompanyRegistered => ({
  type: 'property.CompanyRegistered',
  data: { companyId: COMPANY_ID, name: 'Jinyuan Property Services Co., Ltd.', creditCode: CREDIT_CODE, qualificationLevel: 'grade_2', ...data },
});

export const suspended = (reason = 'fire exits blocked at two estates'): CompanySuspended => ({
  type: 'property.CompanySuspended',
  data: { companyId: COMPANY_ID, reason },
});

export const reinstated = (): CompanyReinstated => ({ type: 'property.CompanyReinstated', data: { companyId: COMPANY_ID } });
