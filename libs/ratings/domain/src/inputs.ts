// Checks of command inputs that both aggregates share.
import { DomainRuleViolation } from '@linli/domain-kernel';

/** A calendar day written `YYYY-MM-DD`; two valid dates compare in time as strings. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (not 2025-02-29, not 2025-13-01). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Refuses a command whose `field` is not a real calendar day (`InvalidDate`). */
export function requireIsoDate(value: unknown, field: string): IsoDate {
  if (!isIsoDate(value)) throw new DomainRuleViolation('InvalidDate', `${field} must be a calendar day written YYYY-MM-DD, not ${String(value)}`);
  return value;
}

/** A required free text, trimmed; `code` names the rule when it is missing or blank. */
export function requiredText(value: unknown, code: string, message: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw new DomainRuleViolation(code, message);
  return text;
}
