import { endOfLocalDay, localDateOf } from '../calendar/china-time.js';
import { addWorkingDays, assertValidCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';
import { assertValidPolicy, workingDaysAllowed, type DeadlineCase, type DeadlinePolicy } from './deadline-policy.js';

/** The lookups a command that starts a deadline carries: the policy in force and the county's calendar. */
export interface DeadlineInputs {
  readonly policy: DeadlinePolicy;
  readonly calendar: WorkingCalendar;
}

/** The deadline recorded when a level is entered. */
export interface LevelDeadline {
  /** End of the last allowed working day, China time (e.g. '2025-10-10T23:59:59.999+08:00'). */
  readonly dueAt: string;
  readonly workingDaysAllowed: number;
}

/**
 * A level entered at `enteredAt` is due at the end of the n-th working day after that date,
 * n taken from the policy: the day of entry does not count, so a Friday afternoon loses nothing.
 */
export function deadlineOnEntering(enteredAt: string, deadlineCase: DeadlineCase, inputs: DeadlineInputs): LevelDeadline {
  const policy = assertValidPolicy(inputs.policy);
  const calendar = assertValidCalendar(inputs.calendar);
  const days = workingDaysAllowed(policy, deadlineCase);
  return { dueAt: endOfLocalDay(addWorkingDays(localDateOf(enteredAt), days, calendar)), workingDaysAllowed: days };
}
