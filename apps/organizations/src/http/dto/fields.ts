import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate, IsNotBlank, subjectIdPattern } from '../validation.js';

// Field decorators that pair the OpenAPI description with the validation rules, so the document
// and the checks cannot drift apart.

interface FieldOptions {
  readonly optional?: boolean;
  readonly example?: unknown;
}

const documented = (description: string, schema: Record<string, unknown>, options: FieldOptions) =>
  options.optional
    ? [ApiPropertyOptional({ description, ...schema, ...(options.example === undefined ? {} : { example: options.example }) }), IsOptional()]
    : [ApiProperty({ description, ...schema, ...(options.example === undefined ? {} : { example: options.example }) })];

/** A UUID naming an aggregate. */
export const IdField = (description: string, options: FieldOptions = {}) =>
  applyDecorators(...documented(description, { type: String, format: 'uuid' }, options), IsUUID('all'));

/** A calendar date `YYYY-MM-DD`. */
export const DateField = (description: string, options: FieldOptions = {}) =>
  applyDecorators(...documented(description, { type: String, format: 'date', example: options.example ?? '2025-05-20' }, options), IsCalendarDate());

/** Non-blank text of at most `maxLength` characters. */
export const TextField = (description: string, maxLength: number, options: FieldOptions = {}) =>
  applyDecorators(...documented(description, { type: String, maxLength }, options), IsString(), IsNotBlank(), MaxLength(maxLength));

/** One of a fixed list of codes, documented as a named enum. */
export const EnumField = (description: string, values: readonly string[], enumName: string, options: FieldOptions = {}) =>
  applyDecorators(...documented(description, { enum: [...values], enumName }, options), IsIn([...values]));

/** A pseudonymous subject id (never a name). */
export const SubjectIdField = (description: string, options: FieldOptions = {}) =>
  applyDecorators(
    ...documented(description, { type: String, pattern: subjectIdPattern.source, example: options.example ?? 'subject-7f3a' }, options),
    IsString(),
    Matches(subjectIdPattern, { message: '$property must be 1–100 letters, digits or . _ : -' }),
  );
