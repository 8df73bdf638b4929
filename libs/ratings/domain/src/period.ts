import type { IsoDate } from './inputs.js';

/** A rating period: a year (`2025`) or a half-year (`2025-H1`, `2025-H2`). */
export type RatingPeriod = string;

const PERIOD = /^(\d{4})(?:-H([12]))?$/;

/** The first and last day of a period, both inclusive. */
export interface PeriodRange {
  readonly first: IsoDate;
  readonly last: IsoDate;
}

/** The days a period covers, or null when `period` is not written `YYYY`, `YYYY-H1` or `YYYY-H2`. */
export function periodRange(period: RatingPeriod): PeriodRange | null {
  const match = PERIOD.exec(period);
  if (!match) return null;
  const [, year, half] = match;
  if (half === '1') return { first: `${year}-01-01`, last: `${year}-06-30` };
  if (half === '2') return { first: `${year}-07-01`, last: `${year}-12-31` };
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

export const isRatingPeriod = (value: unknown): value is RatingPeriod => typeof value === 'string' && periodRange(value) !== null;
