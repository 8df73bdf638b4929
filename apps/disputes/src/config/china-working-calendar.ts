import type { WorkingCalendar } from '@linli/disputes-domain';

// The default working-day calendar: China's public holidays and weekend make-up working days (调休)
// for 2025 and 2026, from the State Council's annual notices. Operators maintain it: each November
// the State Council announces the next year, which goes into a JSON file named by DISPUTES_CALENDAR
// (see apps/disputes/README.md); a year missing from the calendar counts weekends only.

const days = (year: number, month: number, first: number, last = first): string[] =>
  Array.from({ length: last - first + 1 }, (_, i) => `${year}-${String(month).padStart(2, '0')}-${String(first + i).padStart(2, '0')}`);

const china2025 = {
  holidays: [
    ...days(2025, 1, 1), // New Year
    ...days(2025, 1, 28, 31), ...days(2025, 2, 1, 4), // Spring Festival
    ...days(2025, 4, 4, 6), // Qingming
    ...days(2025, 5, 1, 5), // Labour Day
    ...days(2025, 5, 31), ...days(2025, 6, 1, 2), // Dragon Boat
    ...days(2025, 10, 1, 8), // National Day and Mid-Autumn
  ],
  makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
};

const china2026 = {
  holidays: [
    ...days(2026, 1, 1, 3), // New Year
    ...days(2026, 2, 15, 23), // Spring Festival (17 February)
    ...days(2026, 4, 4, 6), // Qingming
    ...days(2026, 5, 1, 5), // Labour Day
    ...days(2026, 6, 19, 21), // Dragon Boat
    ...days(2026, 9, 25, 27), // Mid-Autumn
    ...days(2026, 10, 1, 7), // National Day
  ],
  makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

/** China, 2025 and 2026. */
export const chinaWorkingCalendar: WorkingCalendar = {
  holidays: [...china2025.holidays, ...china2026.holidays],
  makeUpWorkdays: [...china2025.makeUpWorkdays, ...china2026.makeUpWorkdays],
};

/**
 * The years a deadline entered at `now` may run into that the calendar says nothing about (their
 * holidays would count as working days): this year, and next year from November on.
 */
export function yearsMissingFrom(calendar: WorkingCalendar, now: string): number[] {
  const listed = new Set(calendar.holidays.map((day) => Number(day.slice(0, 4))));
  const today = new Date(now);
  const year = today.getUTCFullYear();
  const needed = today.getUTCMonth() >= 10 ? [year, year + 1] : [year];
  return needed.filter((y) => !listed.has(y));
}
