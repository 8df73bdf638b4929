import { DomainRuleViolation } from '@linli/domain-kernel';
import { ESCALATION_LEVELS, type DisputeCategory, type EscalationLevel, type Urgency } from '../vocabulary.js';

/** Working days allowed at each level of the ladder. */
export type WorkingDaysPerLevel = Readonly<Record<EscalationLevel, number>>;

/** Different limits for a category, an urgency, or both (the more specific override wins). */
export interface DeadlineOverride {
  readonly category?: DisputeCategory;
  readonly urgency?: Urgency;
  readonly workingDaysPerLevel: Readonly<Partial<Record<EscalationLevel, number>>>;
}

/**
 * The time limits of the ladder, a plain value the application loads from configuration and
 * passes in the commands that start a deadline (accept, escalate, mark overdue, reopen).
 */
export interface DeadlinePolicy {
  readonly workingDaysPerLevel: WorkingDaysPerLevel;
  readonly overrides?: readonly DeadlineOverride[];
  /** When a deadline at level 0, 1 or 2 passes, escalate one level in the same decision. */
  readonly autoEscalateWhenOverdue: boolean;
}

/** What a deadline depends on. */
export interface DeadlineCase {
  readonly category: DisputeCategory;
  readonly urgency: Urgency;
  readonly level: EscalationLevel;
}

/** A reasonable starting point; urgent matters and fire-safety risks get less time. */
export const defaultDeadlinePolicy: DeadlinePolicy = {
  workingDaysPerLevel: { 0: 3, 1: 5, 2: 7, 3: 10, 4: 15 },
  overrides: [
    { urgency: 'urgent', workingDaysPerLevel: { 0: 1, 1: 2, 2: 3, 3: 5, 4: 7 } },
    { category: 'training_class_in_residential_building', workingDaysPerLevel: { 1: 3, 2: 5 } },
  ],
  autoEscalateWhenOverdue: true,
};

const MAX_WORKING_DAYS = 365;

/**
 * Working days allowed for a case: the override matching both category and urgency, else one
 * matching the category, else one matching the urgency, else the default; among equals the first listed.
 */
export function workingDaysAllowed(policy: DeadlinePolicy, { category, urgency, level }: DeadlineCase): number {
  const specificity = (o: DeadlineOverride) => (o.category ? 2 : 0) + (o.urgency ? 1 : 0);
  const best = (policy.overrides ?? [])
    .filter((o) => (!o.category || o.category === category) && (!o.urgency || o.urgency === urgency))
    .filter((o) => o.workingDaysPerLevel[level] !== undefined)
    .reduce<DeadlineOverride | undefined>((found, o) => (found && specificity(found) >= specificity(o) ? found : o), undefined);
  return best?.workingDaysPerLevel[level] ?? policy.workingDaysPerLevel[level];
}

/** Rejects a policy that arrived in a command with limits that are not whole days in 1..365. */
export function assertValidPolicy(policy: DeadlinePolicy | undefined): DeadlinePolicy {
  const valid = (days: unknown) => Number.isInteger(days) && (days as number) >= 1 && (days as number) <= MAX_WORKING_DAYS;
  const ok =
    policy !== undefined &&
    typeof policy.autoEscalateWhenOverdue === 'boolean' &&
    ESCALATION_LEVELS.every((level) => valid(policy.workingDaysPerLevel?.[level])) &&
    (policy.overrides ?? []).every((o) => Object.values(o.workingDaysPerLevel ?? {}).every(valid));
  if (!ok) {
    throw new DomainRuleViolation('InvalidDeadlinePolicy', `a deadline policy gives every level a whole number of working days from 1 to ${MAX_WORKING_DAYS}`);
  }
  return policy;
}
