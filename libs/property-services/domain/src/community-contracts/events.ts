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

/** Everything that happens to the service contracts of one residential community. */
export type CommunityContractsEvent = CompanyRecruited | ContractSigned | ContractRenewed | ContractTerminated;
