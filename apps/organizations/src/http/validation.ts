import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';
import { isIsoDate } from '@linli/organizations-domain';
import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

// Rules the DTOs share, each with a rule name a client can act on. Errors have the shape of the
// global validation pipe's: { statusCode, error, message: 'validation failed', errors: [{ field, rule, message }] }.

/** A 400 naming one field and the rule it broke. */
export function fieldError(field: string, rule: string, message: string): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'validation failed', errors: [{ field, rule, message }] });
}

/** Validates a path id as a UUID; a malformed one is a 400 naming the path parameter. */
export function uuidParam(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({ version: 'all', exceptionFactory: () => fieldError(field, 'isUuid', `${field} must be a UUID`) });
}

/** A real calendar date written `YYYY-MM-DD` (local China dates, as the domain records them). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isCalendarDate', validator: { validate: (value) => isIsoDate(value), defaultMessage: buildMessage((each) => `${each}$property must be a calendar date YYYY-MM-DD`, options) } },
    options,
  );
}

/** Text with at least one character that is not white space (the domain trims and refuses blanks). */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isNotBlank', validator: { validate: (value) => typeof value === 'string' && value.trim().length > 0, defaultMessage: buildMessage((each) => `${each}$property must not be blank`, options) } },
    options,
  );
}

/** Hours in whole quarter hours (0.25, 0.5, …), as the domain records service. */
export function IsQuarterHours(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isQuarterHours', validator: { validate: (value) => typeof value === 'number' && Number.isInteger(value * 4), defaultMessage: buildMessage((each) => `${each}$property must be in quarter hours (0.25, 0.5, …)`, options) } },
    options,
  );
}

/** Pseudonymous subject ids (who sits on a body, who raised a matter): never a name. */
export const subjectIdPattern = /^[A-Za-z0-9._:-]{1,100}$/;

/** Assessment periods: `2025`, `2025-H1`, `2025-Q3`. */
export const periodPattern = /^\d{4}(?:-(?:H[12]|Q[1-4]))?$/;

/** Matter ids chosen by the client: letters, digits, `-` and `_`. */
export const matterIdPattern = /^[A-Za-z0-9_-]{1,100}$/;

/** Validates an assessment period in the path; a malformed one is a 400 naming `period`. */
export const PeriodPipe = {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !periodPattern.test(value)) throw fieldError('period', 'isPeriod', 'period must be YYYY, YYYY-H1/H2 or YYYY-Q1..Q4');
    return value;
  },
};

/** Validates a matter id in the path; a malformed one is a 400 naming `matterId`. */
export const MatterIdPipe = {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !matterIdPattern.test(value)) throw fieldError('matterId', 'matches', 'matterId must be 1–100 letters, digits, - or _');
    return value;
  },
};
