import { addDays, type FeeStep, type ServiceLevel } from '@linli/property-services-domain';
import type { Projection } from '@linli/projections';
import { communityScopedId, eventOfType } from '../property-event.js';

/** A service contract with the days it is in force and its fee steps. */
export interface ContractDoc {
  readonly communityId: string;
  readonly contractId: string;
  readonly companyId: string;
  readonly tenderId: string | null;
  readonly serviceLevel: ServiceLevel;
  readonly periodStart: string;
  readonly periodEnd: string;
  /** The period end, or the day before an early termination (before `periodStart` if it never took effect). */
  readonly lastDayInForce: string;
  readonly status: 'signed' | 'terminated';
  readonly terminationDate: string | null;
  readonly terminationReason: string | null;
  readonly feeSchedule: readonly FeeStep[];
  readonly signedAt: string;
  readonly updatedAt: string;
}

const TYPES = ['property.ContractSigned', 'property.ContractRenewed', 'property.ContractTerminated'] as const;

/** One document per contract: what `GET /communities/{id}/contracts` lists and coverage on a date is counted from. */
export const contractsProjection: Projection<ContractDoc> = {
  name: 'property_contracts',
  version: 1,
  keys: (event) => {
    const contract = eventOfType(event, TYPES);
    return contract ? [communityScopedId(contract.data.communityId, contract.data.contractId)] : [];
  },
  evolve: (doc, event) => {
    const contract = eventOfType(event, TYPES);
    if (!contract) return doc;
    const updatedAt = contract.occurredAt;
    switch (contract.type) {
      case 'property.ContractSigned': {
        const { feeStandardFenPerSqmMonth, ...terms } = contract.data;
        const feeSchedule = [{ from: terms.periodStart, feeStandardFenPerSqmMonth }];
        const status = 'signed' as const;
        return { ...terms, lastDayInForce: terms.periodEnd, status, terminationDate: null, terminationReason: null, feeSchedule, signedAt: updatedAt, updatedAt };
      }
      case 'property.ContractRenewed': {
        if (!doc) return doc;
        const step = { from: addDays(contract.data.previousPeriodEnd, 1), feeStandardFenPerSqmMonth: contract.data.feeStandardFenPerSqmMonth };
        const feeSchedule = doc.feeSchedule.some((known) => known.from === step.from) ? doc.feeSchedule : [...doc.feeSchedule, step];
        const { periodEnd } = contract.data;
        return { ...doc, periodEnd, lastDayInForce: doc.status === 'terminated' ? doc.lastDayInForce : periodEnd, feeSchedule, updatedAt };
      }
      case 'property.ContractTerminated': {
        if (!doc) return doc;
        const { terminationDate, coveredUntil, reason } = contract.data;
        return { ...doc, status: 'terminated', terminationDate, terminationReason: reason, lastDayInForce: coveredUntil, updatedAt };
      }
    }
  },
};

/** The fee standard (fen per m² per month) a contract charges on a day. */
export function feeStandardOn(contract: Pick<ContractDoc, 'feeSchedule'>, date: string): number {
  return contract.feeSchedule.reduce((fee, step) => (step.from <= date ? step.feeStandardFenPerSqmMonth : fee), 0);
}
