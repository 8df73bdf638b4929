import { parseDemoOptions, UsageError } from './options.js';
import { lastEndedHalfYear } from './ratings-year.js';

describe('the demo command line', () => {
  it('plays the article’s county for a year with seed 42 by default', () => {
    expect(parseDemoOptions([])).toMatchObject({ seed: 42, communities: 89, years: 1, concurrency: 16, urls: { organizations: 'http://127.0.0.1:3001', ratings: 'http://127.0.0.1:3004' } });
  });

  it('takes the scale knobs', () => {
    expect(parseDemoOptions(['--seed', '7', '--communities', '400', '--years', '3', '--ratings-url', 'http://10.0.0.5:8080/'])).toMatchObject({ seed: 7, communities: 400, years: 3, urls: { ratings: 'http://10.0.0.5:8080' } });
  });

  it.each([
    [['--communities', '0'], '--communities must be a whole number from 1 to 100000, not "0"'],
    [['--years', '1.5'], '--years must be a whole number from 1 to 50, not "1.5"'],
    [['--seed', 'abc'], '--seed must be a whole number'],
    [['--disputes-url', 'localhost:3002'], '--disputes-url must be an http(s) base URL'],
    [['--colour'], "Unknown option '--colour'"],
  ])('refuses %j naming the flag and its rule', (argv, message) => {
    expect(() => parseDemoOptions(argv)).toThrow(UsageError);
    expect(() => parseDemoOptions(argv)).toThrow(message);
  });
});

describe('the period the county rates', () => {
  it.each([
    ['2026-11-30', '2026-H1'],
    ['2026-07-01', '2026-H1'],
    ['2026-06-30', '2025-H2'],
    ['2026-01-15', '2025-H2'],
  ])('on %s is %s, the last half-year that has ended', (today, period) => expect(lastEndedHalfYear(today)).toBe(period));
});
