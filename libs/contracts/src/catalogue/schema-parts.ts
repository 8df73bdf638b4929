import type { JsonSchema } from '../json-schema.js';

// Building blocks of the public schemas. Public payloads carry ids, codes, dates and numbers only:
// an id pattern without spaces keeps free text (and so names, phones, rooms) out by construction.

export const id: JsonSchema = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$' };
export const nullableId: JsonSchema = { type: ['string', 'null'], pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$' };
export const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
/** A local calendar date, YYYY-MM-DD. */
export const date: JsonSchema = { type: 'string', format: 'date' };
export const count: JsonSchema = { type: 'integer', minimum: 0 };
/** Money in fen (1/100 yuan), never floating yuan. */
export const fen: JsonSchema = { type: 'integer', minimum: 0 };
export const signedFen: JsonSchema = { type: 'integer' };
/** The escalation ladder: 0 residents … 4 working committee with a county department. */
export const level: JsonSchema = { type: 'integer', minimum: 0, maximum: 4 };
export const codes = (values: readonly string[]): JsonSchema => ({ type: 'string', enum: values });
/** A set of ids (e.g. the estates a branch serves, the entries a statement covers). */
export const idSet: JsonSchema = { type: 'array', items: id, uniqueItems: true };
/** A calendar month, YYYY-MM. */
export const month: JsonSchema = { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' };
export const boolean: JsonSchema = { type: 'boolean' };

/** A closed object schema: every property required unless listed in `optional`. */
export function payload(title: string, properties: Record<string, JsonSchema>, optional: readonly string[] = []): JsonSchema {
  return {
    title,
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties).filter((name) => !optional.includes(name)),
    properties,
  };
}

/** Public vocabulary of the disputes context (mapped from the private one by its gateway). */
export const DISPUTE_CATEGORIES = [
  'square_dancing_noise',
  'road_occupation',
  'training_class_in_residential_building',
  'parking',
  'leak',
  'pets',
  'property_fee',
  'other',
] as const;
export const COUNTY_DEPARTMENTS = ['urban_management', 'fire_safety', 'market_supervision', 'housing_construction', 'public_security', 'other'] as const;
export const RESOLUTION_OUTCOMES = ['agreement_reached', 'rectified', 'handled_by_department', 'complaint_unfounded'] as const;
