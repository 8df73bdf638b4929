import { businessDateOf, isIsoDate, isValidCreditCode, periodRange } from '@linli/property-services-domain';
import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

// Input rules that class-validator does not have. Each one's name is the `rule` a 400 answer
// reports for the field that broke it.

/** A real calendar day written YYYY-MM-DD (rule `isBusinessDate`). */
export const IsBusinessDate = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isBusinessDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must be a calendar day written YYYY-MM-DD`,
      },
    },
    options,
  );

/** A day no later than today in China Standard Time (rule `notInFuture`). */
export const IsNotInFuture = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'notInFuture',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !isIsoDate(value) || value <= businessDateOf(new Date().toISOString()),
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must not be after today (China Standard Time)`,
      },
    },
    options,
  );

/** A day strictly after the day in another field of the same body (rule `isAfterStart`). */
export const IsAfterField = (other: string, options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isAfterStart',
      constraints: [other],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const start = (args?.object as Record<string, unknown> | undefined)?.[other];
          // A malformed start is reported on its own field; only compare two real days.
          if (typeof start !== 'string' || !isIsoDate(start) || typeof value !== 'string' || !isIsoDate(value)) return true;
          return value > start;
        },
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must be after ${other}`,
      },
    },
    options,
  );

/** A later-or-equal value than another field, both optional (rule `notBeforeFrom`). */
export const IsNotBeforeField = (other: string, options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'notBeforeFrom',
      constraints: [other],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const from = (args?.object as Record<string, unknown> | undefined)?.[other];
          return typeof from !== 'string' || typeof value !== 'string' || value >= from;
        },
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must not be before ${other}`,
      },
    },
    options,
  );

/** A unified social credit code with a correct GB 32100-2015 check character (rule `isCreditCode`). */
export const IsCreditCode = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isCreditCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidCreditCode(value.trim().toUpperCase()),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be an 18-character unified social credit code whose last character checks the first 17 (GB 32100-2015)`,
      },
    },
    options,
  );

/** A statement period: a month YYYY-MM or a quarter YYYY-Qn (rule `isPeriod`). */
export const IsStatementPeriod = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isPeriod',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && periodRange(value) !== null,
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must be a month (YYYY-MM) or a quarter (YYYY-Qn)`,
      },
    },
    options,
  );

/** A month written YYYY-MM (rule `isMonth`). */
export const IsMonth = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isMonth',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && periodRange(value)?.kind === 'month',
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must be a month written YYYY-MM`,
      },
    },
    options,
  );
