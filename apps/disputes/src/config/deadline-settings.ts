import {
  assertValidPolicy, DISPUTE_CATEGORIES, isIsoDate, URGENCIES, type DeadlinePolicy, type WorkingCalendar,
} from '@linli/disputes-domain';
import { ConfigError } from '@linli/service-kit';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A deadline policy from configuration: the domain's rules, plus categories and urgencies it knows. */
export function parseDeadlinePolicy(value: unknown, variable: string): DeadlinePolicy {
  if (!isRecord(value)) throw new ConfigError(variable, 'must be a JSON object { workingDaysPerLevel, overrides?, autoEscalateWhenOverdue }');
  const overrides = value['overrides'] ?? [];
  if (!Array.isArray(overrides)) throw new ConfigError(variable, 'overrides must be a list');
  for (const [index, override] of overrides.entries()) {
    if (!isRecord(override)) throw new ConfigError(variable, `overrides[${index}] must be an object`);
    const { category, urgency } = override;
    if (category !== undefined && !(DISPUTE_CATEGORIES as readonly unknown[]).includes(category)) {
      throw new ConfigError(variable, `overrides[${index}].category must be one of ${DISPUTE_CATEGORIES.join(', ')}`);
    }
    if (urgency !== undefined && !(URGENCIES as readonly unknown[]).includes(urgency)) {
      throw new ConfigError(variable, `overrides[${index}].urgency must be one of ${URGENCIES.join(', ')}`);
    }
  }
  try {
    return assertValidPolicy(value as unknown as DeadlinePolicy);
  } catch (error) {
    throw new ConfigError(variable, (error as Error).message);
  }
}

/** A working calendar from configuration: two lists of real YYYY-MM-DD dates. */
export function parseWorkingCalendar(value: unknown, variable: string): WorkingCalendar {
  if (!isRecord(value)) throw new ConfigError(variable, 'must be a JSON object { holidays: [...], makeUpWorkdays: [...] }');
  for (const list of ['holidays', 'makeUpWorkdays'] as const) {
    const dates = value[list];
    if (!Array.isArray(dates)) throw new ConfigError(variable, `${list} must be a list of YYYY-MM-DD dates`);
    const wrong = dates.find((date) => !isIsoDate(date));
    if (wrong !== undefined) throw new ConfigError(variable, `${list} holds ${JSON.stringify(wrong)}, which is not a YYYY-MM-DD date`);
  }
  return { holidays: [...(value['holidays'] as string[])], makeUpWorkdays: [...(value['makeUpWorkdays'] as string[])] };
}
