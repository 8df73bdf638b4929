import {
  DEFAULT_REOPEN_WINDOW_DAYS, DEFAULT_SATISFACTION_WINDOW_DAYS, defaultDeadlinePolicy, type DeadlineInputs,
} from '@linli/disputes-domain';
import { HOTLINE_TICKETS_TOPIC } from '@linli/contracts';
import { ConfigError, parseInteger, parseOnOff } from '@linli/service-kit';
import { chinaWorkingCalendar } from './china-working-calendar.js';
import { parseDeadlinePolicy, parseWorkingCalendar } from './deadline-settings.js';
import { readJsonSetting } from './json-setting.js';

type Env = Readonly<Record<string, string | undefined>>;

/** What the disputes service reads from its environment beyond the service kit's settings. */
export interface DisputesConfig {
  /** Policy and calendar passed to the commands that start or check a deadline. */
  readonly deadlines: DeadlineInputs;
  readonly satisfactionWindowDays: number;
  readonly reopenWindowDays: number;
  readonly scheduler: {
    /** Off for an instance that should only serve the API (the tracker and the poller do not run). */
    readonly enabled: boolean;
    /** How often the poller looks for passed deadlines. */
    readonly pollMs: number;
    /**
     * Real time a deadline waits after it was (re)scheduled before it is checked, so that a
     * backdated history (a seed, a late entry) can be recorded before the scheduler steps in.
     */
    readonly graceMs: number;
  };
  /** The consumer of 12345 hotline tickets. */
  readonly hotline: {
    /** Off for an instance that should not take tickets (most tests). */
    readonly enabled: boolean;
    readonly groupId: string;
    readonly topic: string;
    /** Short session and poll times (tests that start and stop groups often). */
    readonly fastGroup: boolean;
  };
}

/** Injection token of the parsed configuration. */
export const DISPUTES_CONFIG = Symbol('DISPUTES_CONFIG');

/** Parses and validates the disputes settings once at start-up; a ConfigError names the bad variable. */
export function parseDisputesConfig(env: Env): DisputesConfig {
  const policy = readJsonSetting(env, 'DISPUTES_DEADLINE_POLICY');
  const calendar = readJsonSetting(env, 'DISPUTES_CALENDAR');
  return {
    deadlines: {
      policy: policy === undefined ? defaultDeadlinePolicy : parseDeadlinePolicy(policy, 'DISPUTES_DEADLINE_POLICY'),
      calendar: calendar === undefined ? chinaWorkingCalendar : parseWorkingCalendar(calendar, 'DISPUTES_CALENDAR'),
    },
    satisfactionWindowDays: parseInteger(env, 'DISPUTES_SATISFACTION_WINDOW_DAYS', DEFAULT_SATISFACTION_WINDOW_DAYS, 1, 365),
    reopenWindowDays: parseInteger(env, 'DISPUTES_REOPEN_WINDOW_DAYS', DEFAULT_REOPEN_WINDOW_DAYS, 1, 365),
    scheduler: {
      enabled: parseOnOff(env, 'DISPUTES_SCHEDULER', true),
      pollMs: parseInteger(env, 'DEADLINE_POLL_MS', 1_000, 10, 3_600_000),
      graceMs: parseInteger(env, 'DISPUTES_DEADLINE_GRACE_MS', 60_000, 0, 86_400_000),
    },
    hotline: {
      enabled: parseOnOff(env, 'DISPUTES_HOTLINE', true),
      groupId: kafkaName(env, 'DISPUTES_HOTLINE_GROUP', 'linli-disputes-hotline'),
      topic: kafkaName(env, 'DISPUTES_HOTLINE_TOPIC', HOTLINE_TICKETS_TOPIC),
      fastGroup: parseOnOff(env, 'DISPUTES_HOTLINE_FAST_GROUP', false),
    },
  };
}

function kafkaName(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^[A-Za-z0-9._-]{1,200}$/.test(raw)) throw new ConfigError(name, `must be 1–200 letters, digits, . _ or -, got "${raw}"`);
  return raw;
}
