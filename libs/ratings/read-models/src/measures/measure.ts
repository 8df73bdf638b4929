import type { Indicator, PeriodRange } from '@linli/ratings-domain';
import { evidenceOf, type Source } from '../support/evidence.js';

/** A measured value and the facts behind it. */
export const measured = (value: number | boolean | null, sources: Iterable<Source>): Indicator => ({ value, evidence: evidenceOf(sources) });

/** No data: the measure earns nothing, with "no data" as the reason. */
export const noData: Indicator = { value: null, evidence: [] };

/** A ratio, or no data when there is nothing to divide by. */
export const ratio = (part: number, whole: number, sources: Iterable<Source>): Indicator => (whole > 0 ? measured(part / whole, sources) : noData);

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export const average = (values: readonly number[]): number | null => (values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length);

/** What every measure function gets: the period's days. */
export type Period = PeriodRange;
