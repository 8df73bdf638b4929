import type { DomainEvent } from '@linli/domain-kernel';

/**
 * Qualification grade of a property service company (物业服务企业资质). The national grades were
 * abolished in 2018, so companies registered since then are `ungraded`.
 */
export type QualificationLevel = 'grade_1' | 'grade_2' | 'grade_3' | 'ungraded';
export const QUALIFICATION_LEVELS: readonly QualificationLevel[] = ['grade_1', 'grade_2', 'grade_3', 'ungraded'];

export type CompanyRegistered = DomainEvent<
  'property.CompanyRegistered',
  { companyId: string; name: string; creditCode: string; qualificationLevel: QualificationLevel }
>;
export type CompanySuspended = DomainEvent<'property.CompanySuspended', { companyId: string; reason: string }>;
export type CompanyReinstated = DomainEvent<'property.CompanyReinstated', { companyId: string }>;

/** Everything that happens to a property service company. */
export type CompanyEvent = CompanyRegistered | CompanySuspended | CompanyReinstated;
