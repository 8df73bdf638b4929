import { isUuid, uuidv7, uuidv7Time } from './uuidv7.js';

describe('uuidv7', () => {
  it('given the clock, when an id is made, then it is a canonical version-7 RFC UUID carrying the current time', () => {
    const before = Date.now();
    const id = uuidv7();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidv7Time(id)).toBeGreaterThanOrEqual(before);
    expect(uuidv7Time(id)).toBeLessThanOrEqual(Date.now() + 1);
  });

  it('given a clock that steps back, when ids are made, then they still sort in creation order', () => {
    const ids = [uuidv7(Date.now() + 5_000), uuidv7(1_000), uuidv7(2_000)];
    expect([...ids].sort()).toEqual(ids);
  });

  it('given many ids made in the same millisecond, when sorted as text, then they keep their creation order', () => {
    const now = Date.now() + 10_000;
    const ids = Array.from({ length: 5000 }, () => uuidv7(now));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('given ids made across milliseconds, when sorted as text, then they sort by time', () => {
    const later = Date.now() + 60_000;
    const ids = [uuidv7(later), uuidv7(later + 1), uuidv7(later + 1_000)];
    expect([...ids].reverse().sort()).toEqual(ids);
    expect(ids.map(uuidv7Time)).toEqual([later, later + 1, later + 1_000]);
  });

  it.each([
    ['a v4 UUID', '0b7d3f9e-5c1a-4d2e-9f8a-1b2c3d4e5f60', true],
    ['upper case', '0B7D3F9E-5C1A-4D2E-9F8A-1B2C3D4E5F60', true],
    ['no dashes', '0b7d3f9e5c1a4d2e9f8a1b2c3d4e5f60', false],
    ['an empty string', '', false],
    ['a number', 42, false],
  ])('given %s, when checked, then isUuid says %s', (_label, value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });
});
