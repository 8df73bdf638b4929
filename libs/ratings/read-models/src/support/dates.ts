import { periodRange, type PeriodRange } from '@linli/ratings-domain';

/** The county's clock: periods and deadlines are local days in China (UTC+8, no daylight saving). */
export const COUNTY_UTC_OFFSET_MS = 8 * 3_600_000;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The local day (YYYY-MM-DD) of an instant or a day; days are kept as they are. */
export function localDateOf(value: string): string {
  if (DATE_ONLY.test(value)) return value;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new RangeError(`not a date or an instant: ${value}`);
  return new Date(time + COUNTY_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

export const within = (day: string, range: PeriodRange): boolean => day >= range.first && day <= range.last;

const lastDayOfMonth = (year: number, month: number): string => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/**
 * The days of a period written `YYYY`, `YYYY-H1|H2`, `YYYY-Qn` or `YYYY-MM` (rating periods,
 * assessment periods, statement periods), or null for anything else.
 */
export function daysOf(period: string): PeriodRange | null {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const year = Number(quarter[1]);
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    return { first: `${year}-${String(first).padStart(2, '0')}-01`, last: lastDayOfMonth(year, first + 2) };
  }
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (month) return { first: `${period}-01`, last: lastDayOfMonth(Number(month[1]), Number(month[2])) };
  return periodRange(period);
}

/** True when the whole of `inner` lies within `outer`. */
export const contains = (outer: PeriodRange, inner: PeriodRange): boolean => inner.first >= outer.first && inner.last <= outer.last;
