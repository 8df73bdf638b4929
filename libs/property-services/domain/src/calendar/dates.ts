import { DomainRuleViolation } from '@linli/domain-kernel';

/**
 * Business dates are calendar days (`YYYY-MM-DD`) in China Standard Time: UTC+8 all year, no daylight
 * saving since 1991. Comparing two valid ISO dates as strings compares them in time.
 */
export type IsoDate = string;

/** China Standard Time, in minutes east of UTC. */
export const CHINA_STANDARD_TIME_OFFSET_MINUTES = 480;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (rejects 2025-02-29 and 2025-13-01). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Refuses a command whose `field` is not a real calendar day (`InvalidDate`). */
export function requireIsoDate(value: string, field: string): IsoDate {
  if (!isIsoDate(value)) throw new DomainRuleViolation('InvalidDate', `${field} must be a calendar day written YYYY-MM-DD, not ${value}`);
  return value;
}

/** The calendar day on which an instant (ISO-8601 with an offset or `Z`) falls in China. */
export function businessDateOf(instant: string, offsetMinutes = CHINA_STANDARD_TIME_OFFSET_MINUTES): IsoDate {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new Error(`not an ISO-8601 instant: ${instant}`);
  return formatUtcDay(ms + offsetMinutes * 60_000);
}

/** The day `days` after (or before, when negative) a date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return formatUtcDay(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY);
}

/** True when `date` lies in the closed interval [from, until]. */
export function isWithin(date: IsoDate, from: IsoDate, until: IsoDate): boolean {
  return from <= date && date <= until;
}

function formatUtcDay(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}
