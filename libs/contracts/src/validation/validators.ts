import ajvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { JsonSchema } from '../json-schema.js';
import { ContractViolation, type Violation } from './contract-violation.js';
import { isCanonicalUtcDateTime } from './date-time.js';

// ajv ships CommonJS: from ESM its class is the module's `default` property.
const Ajv = ajvModule.default;
const addFormats = formatsModule.default;

/** How strictly a payload is read: see `validatorFor`. */
export type Strictness = 'publish' | 'consume';

function createAjv(strictness: Strictness) {
  const ajv = new Ajv({ allErrors: true, strict: true, removeAdditional: strictness === 'consume', allowUnionTypes: true });
  addFormats(ajv);
  // Same rules as ajv-formats' date-time (its own check decides every value outside the canonical
  // UTC shape); the canonical shape, what every stored instant is, costs a few comparisons instead
  // of a split and two regular expressions (those were the largest part of publish()'s cost in the relay).
  const full = fullFormats['date-time'] as { validate: (value: string) => boolean; compare: (a: string, b: string) => number | undefined };
  ajv.addFormat('date-time', { type: 'string', validate: (value: string) => isCanonicalUtcDateTime(value) || full.validate(value), compare: full.compare });
  return ajv;
}

const engines = { publish: createAjv('publish'), consume: createAjv('consume') };
const compiled = { publish: new WeakMap<JsonSchema, ValidateFunction>(), consume: new WeakMap<JsonSchema, ValidateFunction>() };

/**
 * A compiled validator, cached per schema. Publishing is strict: a field the schema does not name
 * is an error, so nothing (personal data above all) leaks out unannounced. Consuming is a tolerant
 * reader: fields the schema closes off with `additionalProperties: false` are dropped instead, so
 * a producer that already added an optional field (a compatible change) does not stall consumers
 * during a rolling deploy; the handler still sees only the shape it was written for.
 */
export function validatorFor(schema: JsonSchema, strictness: Strictness): ValidateFunction {
  let validate = compiled[strictness].get(schema);
  if (!validate) {
    validate = engines[strictness].compile(schema as object);
    compiled[strictness].set(schema, validate);
  }
  return validate;
}

/** Validates `value` (found at `path`, e.g. `data`) and throws a ContractViolation naming each broken rule. */
export function assertValid(schema: JsonSchema, value: unknown, strictness: Strictness, eventType: string | undefined, path = ''): void {
  const validate = validatorFor(schema, strictness);
  if (!validate(value)) throw new ContractViolation(eventType, (validate.errors ?? []).map((error) => toViolation(error, path)));
}

function toViolation(error: ErrorObject, path: string): Violation {
  const at = join(path, error.instancePath.split('/').slice(1).join('.'));
  switch (error.keyword) {
    case 'required':
      return { field: join(at, String(error.params.missingProperty)), rule: 'is required' };
    case 'additionalProperties':
      return { field: join(at, String(error.params.additionalProperty)), rule: 'is not allowed (additionalProperties: false)' };
    default:
      return { field: at === '' ? '(root)' : at, rule: `${error.message ?? 'is invalid'} (${error.keyword})` };
  }
}

const join = (a: string, b: string): string => (a === '' ? b : b === '' ? a : `${a}.${b}`);
