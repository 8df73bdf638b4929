import { addDays, isWithin, type IsoDate } from '../calendar/dates.js';
import type { CommunityContractsEvent, CoverageChanged, ServiceLevel } from './events.js';
import type { CommunityContracts, ServiceContract } from './state.js';

/** The contract in force on a day, with the fee standard that applies that day. */
export interface Coverage {
  readonly contractId: string;
  readonly companyId: string;
  readonly serviceLevel: ServiceLevel;
  readonly feeStandardFenPerSqmMonth: number;
  readonly from: IsoDate;
  readonly until: IsoDate;
}

/** The last day a contract is (or was) in force: its period end, or the day before an early termination. */
export function lastDayInForce(contract: ServiceContract): IsoDate {
  return contract.status === 'terminated' ? contract.coveredUntil : contract.periodEnd;
}

/** The contract in force on `date`, or null when no company serves the community that day. */
export function coverageOn(state: CommunityContracts, date: IsoDate): Coverage | null {
  if (state.status === 'none') return null;
  const contract = state.contracts.find((candidate) => isWithin(date, candidate.periodStart, lastDayInForce(candidate)));
  if (!contract) return null;
  return {
    contractId: contract.contractId,
    companyId: contract.companyId,
    serviceLevel: contract.serviceLevel,
    feeStandardFenPerSqmMonth: contract.feeSchedule.reduce((fee, step) => (step.from <= date ? step.feeStandardFenPerSqmMonth : fee), 0),
    from: contract.periodStart,
    until: lastDayInForce(contract),
  };
}

/** True when a contract is in force on `date` (the county's full-coverage target, 物业服务全覆盖). */
export function isCoveredOn(state: CommunityContracts, date: IsoDate): boolean {
  return coverageOn(state, date) !== null;
}

/** A contract (other than `exceptContractId`) in force on some day of [from, until], if any. */
export function contractOverlapping(
  state: CommunityContracts,
  from: IsoDate,
  until: IsoDate,
  exceptContractId?: string,
): ServiceContract | undefined {
  if (state.status === 'none') return undefined;
  return state.contracts.find((contract) => {
    const end = lastDayInForce(contract);
    // A contract terminated on its first day was never in force and blocks nothing.
    return contract.contractId !== exceptContractId && contract.periodStart <= end && contract.periodStart <= until && from <= end;
  });
}

/** The coverage change a contract event brings about (none for a tender or a coverage change itself). */
export function coverageChangeOf(event: CommunityContractsEvent): CoverageChanged[] {
  const change = (data: CoverageChanged['data']): CoverageChanged[] => [{ type: 'property.CoverageChanged', data }];
  const { communityId } = event.data;
  switch (event.type) {
    case 'property.ContractSigned':
      return change({ communityId, contractId: event.data.contractId, covered: true, effectiveDate: event.data.periodStart, coveredUntil: event.data.periodEnd });
    case 'property.ContractRenewed':
      return change({ communityId, contractId: event.data.contractId, covered: true, effectiveDate: addDays(event.data.previousPeriodEnd, 1), coveredUntil: event.data.periodEnd });
    case 'property.ContractTerminated':
      return change({ communityId, contractId: event.data.contractId, covered: false, effectiveDate: event.data.terminationDate });
    default:
      return [];
  }
}
