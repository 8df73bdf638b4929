import {
  DEFAULT_REOPEN_WINDOW_DAYS, DEFAULT_SATISFACTION_WINDOW_DAYS, defaultDeadlinePolicy, type DeadlineInputs,
} from '@linli/disputes-domain';
import { ConfigError } from '@linli/service-kit';
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
    satisfactionWindowDays: integer(env, 'DISPUTES_SATISFACTION_WINDOW_DAYS', DEFAULT_SATISFACTION_WINDOW_DAYS, 1, 365),
    reopenWindowDays: integer(env, 'DISPUTES_REOPEN_WINDOW_DAYS', DEFAULT_REOPEN_WINDOW_DAYS, 1, 365),
    scheduler: {
      enabled: onOff(env, 'DISPUTES_SCHEDULER', true),
      pollMs: integer(env, 'DEADLINE_POLL_MS', 1_000, 10, 3_600_000),
      graceMs: integer(env, 'DISPUTES_DEADLINE_GRACE_MS', 60_000, 0, 86_400_000),
    },
  };
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be an integer, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function onOff(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw !== 'on' && raw !== 'off') throw new ConfigError(name, `must be "on" or "off", got "${raw}"`);
  return raw === 'on';
}
