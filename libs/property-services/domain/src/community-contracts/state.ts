import { assertNever } from '@linli/domain-kernel';
import { addDays, type IsoDate } from '../calendar/dates.js';
import type { CommunityContractsEvent, ServiceLevel } from './events.js';

export interface Tender {
  readonly tenderId: string;
  readonly tenderDate: IsoDate;
  readonly biddersCount: number;
  readonly selectedCompanyId: string;
}

/** A fee standard and the first day it applies; a renewal may add a step. */
export interface FeeStep {
  readonly from: IsoDate;
  readonly feeStandardFenPerSqmMonth: number;
}

interface ContractTerms {
  readonly contractId: string;
  readonly companyId: string;
  readonly tenderId: string | null;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  readonly serviceLevel: ServiceLevel;
  readonly feeSchedule: readonly FeeStep[];
}

export type ServiceContract =
  | ({ readonly status: 'signed' } & ContractTerms)
  | ({
      readonly status: 'terminated';
      readonly terminationDate: IsoDate;
      readonly coveredUntil: IsoDate;
      readonly terminationReason: string;
    } & ContractTerms);

/** The tenders and contracts of one residential community; `none` until its first event. */
export type CommunityContracts =
  | { readonly status: 'none' }
  | {
      readonly status: 'recorded';
      readonly communityId: string;
      readonly tenders: readonly Tender[];
      readonly contracts: readonly ServiceContract[];
    };

type Recorded = Extract<CommunityContracts, { status: 'recorded' }>;

export const initialState = (): CommunityContracts => ({ status: 'none' });

export function evolve(state: CommunityContracts, event: CommunityContractsEvent): CommunityContracts {
  const current = recorded(state, event.data.communityId);
  switch (event.type) {
    case 'property.CompanyRecruited': {
      const { communityId: _, ...tender } = event.data;
      return { ...current, tenders: [...current.tenders, tender] };
    }
    case 'property.ContractSigned': {
      const { communityId: _, feeStandardFenPerSqmMonth, ...terms } = event.data;
      const contract: ServiceContract = { status: 'signed', ...terms, feeSchedule: [{ from: terms.periodStart, feeStandardFenPerSqmMonth }] };
      return { ...current, contracts: [...current.contracts, contract] };
    }
    case 'property.ContractRenewed': {
      const { previousPeriodEnd, periodEnd, feeStandardFenPerSqmMonth } = event.data;
      return updateContract(current, event.data.contractId, (contract) => ({
        ...contract,
        periodEnd,
        feeSchedule: [...contract.feeSchedule, { from: addDays(previousPeriodEnd, 1), feeStandardFenPerSqmMonth }],
      }));
    }
    case 'property.ContractTerminated': {
      const { terminationDate, coveredUntil, reason } = event.data;
      return updateContract(current, event.data.contractId, (contract) => ({
        ...contract,
        status: 'terminated',
        terminationDate,
        coveredUntil,
        terminationReason: reason,
      }));
    }
    case 'property.CoverageChanged':
      return current; // follows from the contract event recorded with it
    default:
      return assertNever(event);
  }
}

/** The contract with this id, if the community has one. */
export function contractById(state: CommunityContracts, contractId: string): ServiceContract | undefined {
  return state.status === 'none' ? undefined : state.contracts.find((contract) => contract.contractId === contractId);
}

/** The tender with this id, if the community recorded one. */
export function tenderById(state: CommunityContracts, tenderId: string): Tender | undefined {
  return state.status === 'none' ? undefined : state.tenders.find((tender) => tender.tenderId === tenderId);
}

function recorded(state: CommunityContracts, communityId: string): Recorded {
  return state.status === 'none' ? { status: 'recorded', communityId, tenders: [], contracts: [] } : state;
}

function updateContract(state: Recorded, contractId: string, change: (contract: ServiceContract) => ServiceContract): Recorded {
  return { ...state, contracts: state.contracts.map((contract) => (contract.contractId === contractId ? change(contract) : contract)) };
}
