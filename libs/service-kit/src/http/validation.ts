import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/** One rule broken by one field of a request: what a client needs to fix its input. */
export interface FieldError {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

/** Flattens class-validator's nested errors into field paths (`parties.0.phone`). */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** Strict input validation: unknown fields are rejected, each error names its field and rule. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) =>
      new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'validation failed', errors: toFieldErrors(errors) }),
  });
}
