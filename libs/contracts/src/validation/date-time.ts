const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const digit = (code: number): number => (code >= 48 && code <= 57 ? code - 48 : -1);

function twoDigits(text: string, at: number): number {
  const tens = digit(text.charCodeAt(at));
  const ones = digit(text.charCodeAt(at + 1));
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

/**
 * True when `text` is a date-time in the shape the store and the gateways write, UTC with an upper
 * case `T` and `Z` (`2025-12-03T10:00:00Z`, optionally with a fraction of a second), and names a real
 * instant (month 1–12, the month's days, leap years, hours ≤ 23, minutes and seconds ≤ 59). A few
 * character comparisons instead of regular expressions and `Date.parse`: the relay checks several
 * per event. False says only "not this shape": callers then apply their full rules (leap seconds,
 * offsets, lower case), so a false never rejects anything on its own.
 */
export function isCanonicalUtcDateTime(text: unknown): boolean {
  // Stored data is read as its private shape without checks: a missing field arrives here too.
  if (typeof text !== 'string') return false;
  const length = text.length;
  if (length < 20 || text.charCodeAt(length - 1) !== 90 /* Z */) return false;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return false;
  const century = twoDigits(text, 0);
  const yearInCentury = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  if (century < 0 || yearInCentury < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  if (length > 20) {
    // A fraction: a dot and at least one digit before the Z.
    if (text.charCodeAt(19) !== 46 || length === 21) return false;
    for (let i = 20; i < length - 1; i++) if (digit(text.charCodeAt(i)) < 0) return false;
  }
  const year = century * 100 + yearInCentury;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month]);
}
