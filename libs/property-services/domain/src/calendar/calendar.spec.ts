import { addDays, businessDateOf, isIsoDate, isWithin } from './dates.js';
import { isMonthKey, monthsOf, periodRange } from './periods.js';

describe('business dates', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(['2025-02-29', '2025-13-01', '2025-1-01', '2025-01-01T00:00:00Z', ''].map(isIsoDate)).toEqual([false, false, false, false, false]);
  });

  it('reads the day of an instant in China Standard Time', () => {
    expect(businessDateOf('2025-04-15T15:59:59Z')).toBe('2025-04-15');
    expect(businessDateOf('2025-04-15T16:00:00Z')).toBe('2025-04-16');
    expect(businessDateOf('2025-04-16T07:30:00+08:00')).toBe('2025-04-16');
  });

  it('refuses a timestamp it cannot read', () => expect(() => businessDateOf('yesterday')).toThrow('not an ISO-8601 instant'));

  it('adds days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 15)).toBe('2026-01-15');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('treats both ends of an interval as inside', () => {
    expect([isWithin('2025-01-01', '2025-01-01', '2025-01-31'), isWithin('2025-01-31', '2025-01-01', '2025-01-31')]).toEqual([true, true]);
    expect(isWithin('2025-02-01', '2025-01-01', '2025-01-31')).toBe(false);
  });
});

describe('reporting periods', () => {
  it('resolves a month to its first and last day', () =>
    expect(periodRange('2024-02')).toEqual({ period: '2024-02', kind: 'month', start: '2024-02-01', end: '2024-02-29' }));

  it('resolves a quarter to its first and last day', () => {
    expect(periodRange('2025-Q1')).toEqual({ period: '2025-Q1', kind: 'quarter', start: '2025-01-01', end: '2025-03-31' });
    expect(periodRange('2025-Q4')).toMatchObject({ start: '2025-10-01', end: '2025-12-31' });
  });

  it('lists the months of a quarter', () => expect(monthsOf(periodRange('2025-Q3')!)).toEqual(['2025-07', '2025-08', '2025-09']));

  it('rejects malformed keys', () => {
    expect(['2025-13', '2025-00', '2025-Q5', '2025-Q0', '2025', '25-01'].map(periodRange)).toEqual([null, null, null, null, null, null]);
    expect([isMonthKey('2025-12'), isMonthKey('2025-Q1')]).toEqual([true, false]);
  });
});
