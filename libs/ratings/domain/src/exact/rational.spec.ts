import fc from 'fast-check';
import { clampToUnit, compare, decimalOf, dividedBy, floorTimes, minus, ONE, toNumber, ZERO } from './rational.js';

describe('a number read as a decimal', () => {
  it.each([
    [0.3, 3n, 10n],
    [2, 2n, 1n],
    [-2.5, -25n, 10n],
    [0, 0n, 1n],
    [-0, 0n, 1n],
    [1e21, 10n ** 21n, 1n],
    [1.5e-7, 15n, 10n ** 8n],
    [123.456, 123456n, 1000n],
  ])('reads %p as the fraction %p / %p', (value, n, d) => expect(decimalOf(value)).toEqual({ n, d }));

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('is refused for %p', (value) => expect(() => decimalOf(value)).toThrow(RangeError));

  it('keeps the order of the numbers', () =>
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (a, b) =>
      expect(compare(decimalOf(a), decimalOf(b))).toBe(a < b ? -1 : a > b ? 1 : 0))));

  it('shows as a double within a few units of the last place of the number it came from', () =>
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (a) =>
        expect(Math.abs(toNumber(decimalOf(a)) - a)).toBeLessThanOrEqual(Math.abs(a) * 4 * Number.EPSILON + 1e-18),
      ),
    ));
});

describe('arithmetic on fractions', () => {
  it('subtracts and divides exactly: (0.7 − 0.3) ÷ 0.5 = 4/5', () => {
    const share = dividedBy(minus(decimalOf(0.7), decimalOf(0.3)), decimalOf(0.5));
    expect(compare(share, { n: 4n, d: 5n })).toBe(0);
    expect(floorTimes(share, 5000n)).toBe(4000n);
  });

  it('keeps the denominator positive when dividing by a negative', () => {
    const share = dividedBy(decimalOf(-12), decimalOf(-15));
    expect(share.d > 0n).toBe(true);
    expect(compare(share, { n: 4n, d: 5n })).toBe(0);
  });

  it('refuses to divide by zero', () => expect(() => dividedBy(ONE, ZERO)).toThrow(RangeError));

  it('holds a value within 0..1', () => {
    expect(clampToUnit(decimalOf(-0.1))).toEqual(ZERO);
    expect(clampToUnit(decimalOf(1.1))).toEqual(ONE);
    expect(clampToUnit(decimalOf(0.25))).toEqual({ n: 25n, d: 100n });
  });

  it('floors a product, and only for non-negative values', () => {
    expect(floorTimes({ n: 1n, d: 3n }, 4000n)).toBe(1333n);
    expect(() => floorTimes({ n: -1n, d: 3n }, 4000n)).toThrow(RangeError);
  });

  it('shows huge fractions as close doubles', () => expect(toNumber({ n: 10n ** 400n, d: 3n * 10n ** 400n })).toBeCloseTo(1 / 3, 15));
});
