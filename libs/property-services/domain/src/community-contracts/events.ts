import type { DomainEvent } from '@linli/domain-kernel';
import type { IsoDate } from '../calendar/dates.js';

/** Service level agreed in a contract (物业服务等级, level 1 the highest). */
export type ServiceLevel = 'level_1' | 'level_2' | 'level_3';
export const SERVICE_LEVELS: readonly ServiceLevel[] = ['level_1', 'level_2', 'level_3'];

/** The owners' committee chose a company by tender (选聘). */
export type CompanyRecruited = DomainEvent<
  'property.CompanyRecruited',
  { communityId: string; tenderId: string; tenderDate: IsoDate; biddersCount: number; selectedCompanyId: string }
>;

/** A contract was signed; the community is covered from `periodStart` to `periodEnd`, both inclusive. */
export type ContractSigned = DomainEvent<
  'property.ContractSigned',
  {
    communityId: string;
    contractId: string;
    companyId: string;
    tenderId: string | null;
    periodStart: IsoDate;
    periodEnd: IsoDate;
    feeStandardFenPerSqmMonth: number;
    serviceLevel: ServiceLevel;
  }
>;

/** A contract was extended; coverage now runs to `periodEnd`, at the fee standard in force from the day after `previousPeriodEnd`. */
export type ContractRenewed = DomainEvent<
  'property.ContractRenewed',
  { communityId: string; contractId: string; previousPeriodEnd: IsoDate; periodEnd: IsoDate; feeStandardFenPerSqmMonth: number }
>;

/**
 * A contract ended early. It is no longer in force from `terminationDate`, so coverage ends with
 * `coveredUntil`, the day before (earlier than `periodStart` when it never took effect).
 */
export type ContractTerminated = DomainEvent<
  'property.ContractTerminated',
  { communityId: string; contractId: string; terminationDate: IsoDate; coveredUntil: IsoDate; reason: string }
>;

/**
 * Whether a company serves the community changed, from `effectiveDate`: recorded beside every
 * signing (covered from the period start), renewal (covered from the day after the previous end)
 * and early termination (uncovered from the termination date). While covered, `coveredUntil` is the
 * last day in force: a contract that simply runs out records nothing on that day (no clock in the
 * domain), so readers treat the community as uncovered after `coveredUntil` unless a later change
 * (a renewal, the next contract) says otherwise.
 */
export type CoverageChanged = DomainEvent<
  'property.CoverageChanged',
  { communityId: string; contractId: string; covered: boolean; effectiveDate: IsoDate; coveredUntil?: IsoDate }
>;

/** Everything that happens to the service contracts of one residential community. */
export type CommunityContractsEvent = CompanyRecruited | ContractSigned | ContractRenewed | ContractTerminated | CoverageChanged;
