import { isIsoDate, localDateOf, requireInteger, requireText } from './values.js';
import { organizationsEventTypes, organizationsStreamPrefix } from './event-types.js';
import { memberStreamName, orgUnitStreamName, receptionDayStreamName, residentialCommunityStreamName } from './index.js';

describe('calendar dates', () => {
  it.each(['2024-02-29', '2025-12-31', '2020-01-01'])('%s is a date', (value) => expect(isIsoDate(value)).toBe(true));

  it.each(['2025-02-29', '2025-04-31', '2025-1-01', '2025-01-01T00:00:00Z', '', 20250101])('%s is not', (value) => expect(isIsoDate(value)).toBe(false));

  it('takes the local date in China (UTC+8)', () => {
    expect(localDateOf('2025-06-01T15:59:59Z')).toBe('2025-06-01');
    expect(localDateOf('2025-06-01T16:00:00Z')).toBe('2025-06-02');
    expect(localDateOf('2025-06-02T00:30:00+08:00')).toBe('2025-06-02');
  });

  it('refuses an instant it cannot read', () => expect(() => localDateOf('yesterday')).toThrow(expect.objectContaining({ code: 'InvalidInstant' })));
});

describe('text and numbers', () => {
  it('trims text', () => expect(requireText('  Anle  ', 'name')).toBe('Anle'));

  it('refuses text that is too long', () => expect(() => requireText('x'.repeat(201), 'name')).toThrow(expect.objectContaining({ code: 'TextTooLong' })));

  it('refuses something that is not text', () => expect(() => requireText(undefined, 'name')).toThrow(expect.objectContaining({ code: 'BlankText' })));

  it('refuses a number that is not an integer', () => expect(() => requireInteger(Number.NaN, 'n', 0, 1)).toThrow(expect.objectContaining({ code: 'InvalidNumber' })));
});

describe('names in the log', () => {
  it('prefixes every event type with the context', () => {
    expect(organizationsEventTypes).toHaveLength(24);
    for (const type of organizationsEventTypes) expect(type).toMatch(/^organizations\.[A-Z][A-Za-z]+$/);
  });

  it('names one category per aggregate, with the context prefix and no dash, then the id', () => {
    const names = [orgUnitStreamName('a-b'), residentialCommunityStreamName('a-b'), memberStreamName('a-b'), receptionDayStreamName('a-b')];
    const categories = names.map((name) => name.slice(0, name.indexOf('-')));
    expect(categories).toEqual(['organizations.unit', 'organizations.residentialCommunity', 'organizations.member', 'organizations.receptionDay']);
    for (const name of names) expect([name.startsWith(organizationsStreamPrefix), name.endsWith('-a-b')]).toEqual([true, true]);
  });
});
