import { addDays, type IsoDate } from './dates.js';

/** A reporting period: a month `YYYY-MM` or a quarter `YYYY-Qn`. */
export type PeriodKey = string;

/** A period resolved to its first and last day (both inclusive). */
export interface PeriodRange {
  readonly period: PeriodKey;
  readonly kind: 'month' | 'quarter';
  readonly start: IsoDate;
  readonly end: IsoDate;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** True for `YYYY-MM` with a month 01–12. */
export function isMonthKey(value: string): boolean {
  return MONTH.test(value);
}

/** Resolves a month or quarter key to its days, or null when the key is malformed. */
export function periodRange(period: string): PeriodRange | null {
  const month = MONTH.exec(period);
  if (month) return { period, kind: 'month', ...monthSpan(Number(month[1]), Number(month[2]), 1) };
  const quarter = QUARTER.exec(period);
  if (quarter) return { period, kind: 'quarter', ...monthSpan(Number(quarter[1]), (Number(quarter[2]) - 1) * 3 + 1, 3) };
  return null;
}

/** The month keys (`YYYY-MM`) a period is made of. */
export function monthsOf(range: PeriodRange): PeriodKey[] {
  const count = range.kind === 'month' ? 1 : 3;
  const [year, first] = range.start.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => firstOfMonth(year, first + i).slice(0, 7));
}

function monthSpan(year: number, firstMonth: number, months: number): { start: IsoDate; end: IsoDate } {
  const next = firstMonth + months > 12 ? firstOfMonth(year + 1, 1) : firstOfMonth(year, firstMonth + months);
  return { start: firstOfMonth(year, firstMonth), end: addDays(next, -1) };
}

function firstOfMonth(year: number, month: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}
