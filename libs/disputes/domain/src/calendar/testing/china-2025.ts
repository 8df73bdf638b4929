import type { WorkingCalendar } from '../working-calendar.js';

const range = (year: string, month: string, first: number, last: number): string[] =>
  Array.from({ length: last - first + 1 }, (_, i) => `${year}-${month}-${String(first + i).padStart(2, '0')}`);

/** China's 2025 public holidays and make-up working days (State Council notice of November 2024). */
export const china2025: WorkingCalendar = {
  holidays: [
    '2025-01-01', // New Year
    ...range('2025', '01', 28, 31), ...range('2025', '02', 1, 4), // Spring Festival
    ...range('2025', '04', 4, 6), // Qingming
    ...range('2025', '05', 1, 5), // Labour Day
    '2025-05-31', '2025-06-01', '2025-06-02', // Dragon Boat
    ...range('2025', '10', 1, 8), // National Day and Mid-Autumn
  ],
  makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
};
