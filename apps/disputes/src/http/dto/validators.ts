import { ValidateBy, type ValidationOptions } from 'class-validator';

// Shapes of the values the disputes API accepts, shared by its DTOs. Each rule has its own name,
// which a 400 answer reports beside the field.

/** Ids the service does not mint itself (communities, subjects, mediators, tickets): a safe token. */
export const EXTERNAL_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
export const EXTERNAL_ID_MESSAGE = '$property must be 1–128 letters, digits or . _ : - (starting with a letter or digit)';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** How far back a business time may be recorded: a year of history and some slack. */
export const MAX_BACKDATE_DAYS = 400;

/** An ISO-8601 date-time with a time zone (`2025-03-03T10:00:00+08:00`). */
export function IsDateTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({
    name: 'isDateTime',
    validator: {
      validate: (value) => typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)),
      defaultMessage: () => '$property must be an ISO-8601 date-time with a time zone, e.g. 2025-03-03T10:00:00+08:00',
    },
  }, options);
}

/** A past business time: not in the future, not more than MAX_BACKDATE_DAYS ago. */
export function IsRecentPast(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({
    name: 'isRecentPast',
    validator: {
      validate: (value) => {
        const at = typeof value === 'string' ? Date.parse(value) : Number.NaN;
        return !Number.isNaN(at) && at <= Date.now() && at >= Date.now() - MAX_BACKDATE_DAYS * 86_400_000;
      },
      defaultMessage: () => `$property must not be in the future nor more than ${MAX_BACKDATE_DAYS} days ago`,
    },
  }, options);
}

/** A position in the event log: a decimal string of at most 19 digits. */
export const POSITION = /^\d{1,19}$/;
