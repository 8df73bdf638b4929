import { DomainRuleViolation, NotFound } from '@linli/domain-kernel';
import type { Dispute, ExistingDispute, OpenDispute } from './state.js';

/** Commands other than the report need the dispute to exist (the edge answers 404). */
export function existing(state: Dispute, disputeId: string): ExistingDispute {
  if (state.status === 'none') throw new NotFound('Dispute', disputeId);
  return state;
}

/** Handling commands need an accepted dispute that is neither resolved nor ended. */
export function mustBeOpen(state: Dispute, disputeId: string): OpenDispute {
  const dispute = existing(state, disputeId);
  if (dispute.status !== 'open') throw new DomainRuleViolation('DisputeNotOpen', `the dispute is ${dispute.status}, not open`);
  return dispute;
}

/** A required free text: trimmed, and not empty. */
export function requiredText(value: unknown, code: string, message: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw new DomainRuleViolation(code, message);
  return text;
}

/** Copies an optional value into event data only when present, so stored events carry no `undefined`. */
export const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/** A configured window in days (a whole number ≥ 1), or the default when none is configured. */
export function windowDays(value: number | undefined, defaultDays: number): number {
  const days = value ?? defaultDays;
  if (!Number.isInteger(days) || days < 1) throw new DomainRuleViolation('InvalidWindow', `a window is a whole number of days ≥ 1, got ${days}`);
  return days;
}
