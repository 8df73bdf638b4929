import { basisPoints } from '@linli/property-services-domain';
import type { Projection } from '@linli/projections';
import { communityScopedId, eventOfType } from '../property-event.js';

/** Fees billed and collected for one month, as last recorded. */
export interface FeeRecordDoc {
  readonly communityId: string;
  readonly period: string;
  readonly billedFen: number;
  readonly collectedFen: number;
  readonly billedHouseholds: number;
  readonly payingHouseholds: number;
  /** Collected over billed fen in basis points, rounded down; null when nothing was billed. */
  readonly rateBp: number | null;
  /** Paying over billed households in basis points, rounded down; null when no household was billed. */
  readonly householdRateBp: number | null;
  readonly recordedAt: string;
}

const TYPES = ['property.FeesRecorded'] as const;

/** One document per community and month; a later record for the month replaces the figures. */
export const feeRecordsProjection: Projection<FeeRecordDoc> = {
  name: 'property_fee_records',
  version: 1,
  keys: (event) => {
    const fees = eventOfType(event, TYPES);
    return fees ? [communityScopedId(fees.data.communityId, fees.data.period)] : [];
  },
  evolve: (doc, event) => {
    const fees = eventOfType(event, TYPES);
    if (!fees) return doc;
    const { billedFen, collectedFen, billedHouseholds, payingHouseholds } = fees.data;
    return {
      ...fees.data,
      rateBp: basisPoints(collectedFen, billedFen),
      householdRateBp: basisPoints(payingHouseholds, billedHouseholds),
      recordedAt: fees.occurredAt,
    };
  },
};
