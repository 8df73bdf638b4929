import fc from 'fast-check';
import { addDays } from './iso-date.js';
import { china2025 } from './testing/china-2025.js';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-calendar.js';

// Any date from December 2024 to January 2026, so that every 2025 holiday and make-up day is crossed.
const date = fc.integer({ min: 0, max: 425 }).map((offset) => addDays('2024-12-01', offset));
const days = fc.integer({ min: 0, max: 40 });

describe('working-day arithmetic, for any date and number of days', () => {
  it('counting back the days added gives the same number', () =>
    fc.assert(fc.property(date, days, (d, n) => workingDaysBetween(d, addWorkingDays(d, n, china2025), china2025) === n)));

  it('lands on a working day after the start when adding at least one day', () =>
    fc.assert(
      fc.property(date, days.filter((n) => n > 0), (d, n) => {
        const result = addWorkingDays(d, n, china2025);
        return result > d && isWorkingDay(result, china2025);
      }),
    ));

  it('one more working day is always a later date', () =>
    fc.assert(fc.property(date, days, (d, n) => addWorkingDays(d, n + 1, china2025) > addWorkingDays(d, n, china2025))));

  it('counting is additive over an intermediate date', () =>
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort();
        return workingDaysBetween(x!, z!, china2025) === workingDaysBetween(x!, y!, china2025) + workingDaysBetween(y!, z!, china2025);
      }),
    ));
});
