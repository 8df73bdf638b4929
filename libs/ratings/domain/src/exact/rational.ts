// Exact arithmetic for scores. A number is read as the decimal it prints as (its shortest
// round-trip form), so 0.3 is 3/10 and not the binary double nearest to it: a rubric's 0.3 and an
// indicator's 0.3 meet exactly, and a score never lands a milli-point below where a person would.

/** An exact fraction `n / d`, with `d > 0`. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The decimal a finite number prints as, as an exact fraction. */
export function decimalOf(value: number): Rational {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const match = DECIMAL.exec(String(value));
  if (!match) throw new RangeError(`cannot read ${value} as a decimal`);
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  const power = Number(exponent) - fraction.length;
  return power >= 0 ? { n: digits * 10n ** BigInt(power), d: 1n } : { n: digits, d: 10n ** BigInt(-power) };
}

export const minus = (a: Rational, b: Rational): Rational => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });

/** `a ÷ b`; `b` must not be zero. */
export function dividedBy(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError('division by zero');
  return b.n > 0n ? { n: a.n * b.d, d: a.d * b.n } : { n: -a.n * b.d, d: -a.d * b.n };
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const difference = a.n * b.d - b.n * a.d;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** The value held within 0..1. */
export const clampToUnit = (r: Rational): Rational => (compare(r, ZERO) < 0 ? ZERO : compare(r, ONE) > 0 ? ONE : r);

/** ⌊r × k⌋ for a non-negative `r` and `k`: truncation is the floor there. */
export function floorTimes(r: Rational, k: bigint): bigint {
  if (r.n < 0n || k < 0n) throw new RangeError('floorTimes is for non-negative values');
  return (r.n * k) / r.d;
}

const DISPLAY_SCALE = 10n ** 18n;

/** A close double, for display only: the whole part, plus the rest to 18 decimal places. */
export function toNumber({ n, d }: Rational): number {
  const whole = n / d;
  return Number(whole) + Number(((n - whole * d) * DISPLAY_SCALE) / d) / 1e18;
}
