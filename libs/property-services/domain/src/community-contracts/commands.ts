import type { Command } from '@linli/domain-kernel';
import type { IsoDate } from '../calendar/dates.js';
import type { CompanyStanding } from '../company/state.js';
import type { ServiceLevel } from './events.js';

export type RecordTender = Command<
  'RecordTender',
  { communityId: string; tenderId: string; tenderDate: IsoDate; biddersCount: number; selectedCompanyId: string }
>;

/**
 * Signs a contract. `lookup.companyStanding` is the standing of `companyId`, which the application
 * reads from the company's stream (`companyStandingOf`): a suspended company cannot sign.
 */
export type SignContract = Command<
  'SignContract',
  {
    communityId: string;
    contractId: string;
    companyId: string;
    /** The tender that selected the company, when there was one. */
    tenderId: string | null;
    periodStart: IsoDate;
    periodEnd: IsoDate;
    feeStandardFenPerSqmMonth: number;
    serviceLevel: ServiceLevel;
    lookup: { companyStanding: CompanyStanding };
  }
>;

/**
 * Extends a contract to `newPeriodEnd`, optionally at a new fee standard (otherwise the current one).
 * `lookup` names the contract's company and its standing (from the company's stream); a lookup for
 * another company is a bug in the application and fails loudly.
 */
export type RenewContract = Command<
  'RenewContract',
  {
    communityId: string;
    contractId: string;
    newPeriodEnd: IsoDate;
    feeStandardFenPerSqmMonth?: number;
    lookup: { companyId: string; companyStanding: CompanyStanding };
  }
>;

/** Ends a contract early: it is no longer in force from `terminationDate`. */
export type TerminateContract = Command<
  'TerminateContract',
  { communityId: string; contractId: string; terminationDate: IsoDate; reason: string }
>;

export type CommunityContractsCommand = RecordTender | SignContract | RenewContract | TerminateContract;
