import { endOfLocalDay, isLater, isWithinDaysAfter, localDateOf } from './china-time.js';
import { addDays, isIsoDate } from './iso-date.js';
import { china2025 } from './testing/china-2025.js';
import { addWorkingDays, assertValidCalendar, isWorkingDay, weekendsOnlyCalendar, workingDaysBetween } from './working-calendar.js';

describe('a working-day calendar', () => {
  it('works Monday to Friday and rests at weekends', () => {
    expect(isWorkingDay('2025-09-26', weekendsOnlyCalendar)).toBe(true); // Friday
    expect(isWorkingDay('2025-09-27', weekendsOnlyCalendar)).toBe(false); // Saturday
  });

  it('rests on public holidays that fall on weekdays', () => expect(isWorkingDay('2025-10-01', china2025)).toBe(false));

  it('works on weekend make-up days (调休)', () => {
    expect(isWorkingDay('2025-09-28', china2025)).toBe(true); // Sunday
    expect(isWorkingDay('2025-10-11', china2025)).toBe(true); // Saturday
  });

  it('treats a date listed both as holiday and as make-up day as a holiday', () =>
    expect(isWorkingDay('2025-09-28', { holidays: ['2025-09-28'], makeUpWorkdays: ['2025-09-28'] })).toBe(false));
});

describe('adding working days', () => {
  it('does not count the starting day, and zero days stay on it, even on a day off', () => {
    expect(addWorkingDays('2025-09-22', 1, china2025)).toBe('2025-09-23');
    expect(addWorkingDays('2025-10-03', 0, china2025)).toBe('2025-10-03');
  });

  it('skips the National Day week and uses its make-up days (Sep 28 Sun, Oct 11 Sat)', () => {
    expect(addWorkingDays('2025-09-26', 1, china2025)).toBe('2025-09-28');
    expect(addWorkingDays('2025-09-26', 5, china2025)).toBe('2025-10-10');
    expect(addWorkingDays('2025-09-26', 6, china2025)).toBe('2025-10-11');
    expect(addWorkingDays('2025-09-26', 7, china2025)).toBe('2025-10-13');
    expect(addWorkingDays('2025-09-30', 1, china2025)).toBe('2025-10-09');
  });

  it('skips the Spring Festival and Labour Day holidays', () => {
    expect(addWorkingDays('2025-01-24', 1, china2025)).toBe('2025-01-26'); // Sunday make-up day
    expect(addWorkingDays('2025-01-27', 1, china2025)).toBe('2025-02-05');
    expect(addWorkingDays('2025-02-07', 1, china2025)).toBe('2025-02-08'); // Saturday make-up day
    expect(addWorkingDays('2025-04-30', 1, china2025)).toBe('2025-05-06');
  });

  it('without holidays, a Friday plus one is the Monday', () => expect(addWorkingDays('2025-10-03', 1, weekendsOnlyCalendar)).toBe('2025-10-06'));

  it('refuses a negative or fractional number of days', () => {
    expect(() => addWorkingDays('2025-09-26', -1, china2025)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-09-26', 1.5, china2025)).toThrow(RangeError);
  });
});

describe('counting working days between two dates', () => {
  it('counts the days after the first date up to and including the second', () => {
    expect(workingDaysBetween('2025-09-26', '2025-09-29', weekendsOnlyCalendar)).toBe(1);
    expect(workingDaysBetween('2025-09-26', '2025-09-26', china2025)).toBe(0);
  });

  it('counts one working day across the National Day week', () => expect(workingDaysBetween('2025-09-30', '2025-10-09', china2025)).toBe(1));

  it('counts October 2025 with its make-up Saturday: eighteen working days', () =>
    expect(workingDaysBetween('2025-09-30', '2025-10-31', china2025)).toBe(18));

  it('is negative when the second date comes first', () => expect(workingDaysBetween('2025-10-10', '2025-09-26', china2025)).toBe(-5));
});

describe('checking a calendar supplied in a command', () => {
  it('accepts lists of ISO dates', () => expect(assertValidCalendar(china2025)).toBe(china2025));

  it.each([
    ['an impossible date', { holidays: ['2025-02-30'], makeUpWorkdays: [] }],
    ['a date-time', { holidays: [], makeUpWorkdays: ['2025-09-28T00:00:00Z'] }],
    ['a missing list', { holidays: [] }],
  ])('rejects %s', (_, calendar) =>
    expect(() => assertValidCalendar(calendar as never)).toThrow(expect.objectContaining({ code: 'InvalidWorkingCalendar' })));
});

describe('dates and instants in China time', () => {
  it('recognises real ISO dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-9-1')).toBe(false);
  });

  it('adds calendar days across months and years', () => expect(addDays('2025-12-31', 1)).toBe('2026-01-01'));

  it('takes the date of an instant in UTC+8', () => {
    expect(localDateOf('2025-09-30T20:00:00Z')).toBe('2025-10-01');
    expect(localDateOf('2025-10-01T07:59:59+08:00')).toBe('2025-10-01');
  });

  it('writes the end of a day with the China offset', () => expect(endOfLocalDay('2025-10-10')).toBe('2025-10-10T23:59:59.999+08:00'));

  it('compares instants whatever their offset', () => {
    expect(isLater('2025-10-10T16:00:00Z', '2025-10-10T23:59:59.999+08:00')).toBe(true);
    expect(isWithinDaysAfter('2025-09-26T16:00:00+08:00', 15, '2025-10-11T16:00:00+08:00')).toBe(true);
    expect(isWithinDaysAfter('2025-09-26T16:00:00+08:00', 15, '2025-10-11T16:00:01+08:00')).toBe(false);
  });
});
