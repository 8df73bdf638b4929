import type { IsoDate } from './iso-date.js';

// Communities, working days and deadlines are reckoned in China Standard Time: UTC+8 all year,
// without daylight saving, so a fixed offset is exact and needs no time-zone database.
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The offset written into the instants this lib produces. */
export const CHINA_UTC_OFFSET = '+08:00';

/** The date in China of an ISO-8601 instant ('2025-09-30T20:00:00Z' is already '2025-10-01'). */
export function localDateOf(instant: string): IsoDate {
  return new Date(Date.parse(instant) + OFFSET_MS).toISOString().slice(0, 10);
}

/** The last millisecond of a date in China, as an ISO-8601 instant. */
export function endOfLocalDay(date: IsoDate): string {
  return `${date}T23:59:59.999${CHINA_UTC_OFFSET}`;
}

/** True when instant `a` is strictly later than instant `b` (whatever offsets they are written in). */
export function isLater(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

/** True when both strings name the same instant. */
export function isSameInstant(a: string, b: string): boolean {
  return Date.parse(a) === Date.parse(b);
}

/** True when `instant` is no more than `days` × 24 hours after `start`. */
export function isWithinDaysAfter(start: string, days: number, instant: string): boolean {
  return Date.parse(instant) - Date.parse(start) <= days * DAY_MS;
}

