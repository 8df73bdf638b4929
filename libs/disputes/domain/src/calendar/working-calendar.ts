import { DomainRuleViolation } from '@linli/domain-kernel';
import { addDays, isIsoDate, weekdayOf, type IsoDate } from './iso-date.js';

/**
 * Which dates are working days: Monday to Friday, minus public holidays, plus the weekend
 * make-up working days (调休) that the State Council announces each year. Supplied by the
 * application (one calendar for the county), never looked up by the domain.
 */
export interface WorkingCalendar {
  /** Dates off although they may fall on a weekday, e.g. National Day 2025: '2025-10-01' … '2025-10-08'. */
  readonly holidays: readonly IsoDate[];
  /** Weekend dates that are working days, e.g. '2025-09-28' (Sun) and '2025-10-11' (Sat). */
  readonly makeUpWorkdays: readonly IsoDate[];
}

/** A calendar with weekends off and nothing else. */
export const weekendsOnlyCalendar: WorkingCalendar = { holidays: [], makeUpWorkdays: [] };

/** A date listed in both lists counts as a holiday (the resident gets the benefit of the doubt). */
export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  if (calendar.holidays.includes(date)) return false;
  if (calendar.makeUpWorkdays.includes(date)) return true;
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date of the n-th working day after `date` (`date` itself does not count; n = 0 gives `date`).
 * Always ends, because the holiday list is finite and weekdays follow it.
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: WorkingCalendar): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  let current = date;
  for (let counted = 0; counted < n; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current, calendar)) counted++;
  }
  return current;
}

/**
 * Working days in (from, to]: from Friday to the next Monday is 1, the same date is 0,
 * negative when `to` is before `from`. Inverse of addWorkingDays.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): number {
  if (to < from) return -workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let current = from; current < to; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current, calendar)) count++;
  }
  return count;
}

/** Rejects a calendar that arrived in a command with something other than ISO dates. */
export function assertValidCalendar(calendar: WorkingCalendar | undefined): WorkingCalendar {
  const lists = [calendar?.holidays, calendar?.makeUpWorkdays];
  if (!lists.every((list) => Array.isArray(list) && list.every(isIsoDate))) {
    throw new DomainRuleViolation('InvalidWorkingCalendar', 'the working calendar must list holidays and make-up working days as YYYY-MM-DD dates');
  }
  return calendar as WorkingCalendar;
}
