import type { Command } from '@linli/domain-kernel';
import type { QualificationLevel } from './events.js';

/**
 * Registers a company. `lookup.companyWithSameCreditCode` is supplied by the application from the
 * company register read model (a credit code belongs to one legal entity, and the uniqueness spans
 * streams); null when no other company holds the code.
 */
export type RegisterCompany = Command<
  'RegisterCompany',
  {
    companyId: string;
    name: string;
    creditCode: string;
    qualificationLevel: QualificationLevel;
    lookup: { companyWithSameCreditCode: string | null };
  }
>;
export type SuspendCompany = Command<'SuspendCompany', { companyId: string; reason: string }>;
export type ReinstateCompany = Command<'ReinstateCompany', { companyId: string }>;

export type CompanyCommand = RegisterCompany | SuspendCompany | ReinstateCompany;
