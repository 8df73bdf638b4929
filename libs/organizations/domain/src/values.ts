import { DomainRuleViolation } from '@linli/domain-kernel';

// Value rules shared by the context's aggregates. The edge validates shapes first; these guards keep
// the invariants true even for a command built by another caller (a consumer, a replay tool).

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Local calendar dates are China Standard Time (UTC+8, no daylight saving). */
const chinaOffsetMs = 8 * 60 * 60 * 1000;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Rejects anything but a `YYYY-MM-DD` calendar date; `field` names it in the message. */
export function requireIsoDate(value: unknown, field: string): string {
  if (!isIsoDate(value)) throw new DomainRuleViolation('InvalidDate', `${field} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

/** The local (China) calendar date of an ISO-8601 instant such as `command.metadata.now`. */
export function localDateOf(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new DomainRuleViolation('InvalidInstant', `not an ISO-8601 instant: ${JSON.stringify(instant)}`);
  return new Date(ms + chinaOffsetMs).toISOString().slice(0, 10);
}

/** Rejects a date after the local date of `now`: the domain records what has happened, not plans. */
export function requireNotInFuture(date: string, now: string, field: string): void {
  if (date > localDateOf(now)) throw new DomainRuleViolation('DateInFuture', `${field} ${date} is after today (${localDateOf(now)})`);
}

/** Trims and rejects blank or over-long text. */
export function requireText(value: unknown, field: string, maxLength = 200): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0) throw new DomainRuleViolation('BlankText', `${field} must not be blank`);
  if (text.length > maxLength) throw new DomainRuleViolation('TextTooLong', `${field} is longer than ${maxLength} characters`);
  return text;
}

/** Rejects anything but an integer within [min, max]. */
export function requireInteger(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new DomainRuleViolation('InvalidNumber', `${field} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Rejects a value outside a fixed list of codes. */
export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new DomainRuleViolation('UnknownCode', `${field} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}
