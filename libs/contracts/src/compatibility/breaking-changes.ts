import type { JsonSchema, JsonType } from '../json-schema.js';

/** A change to a published schema that would break a consumer or a stored event. */
export interface BreakingChange {
  /** Dotted path from the payload root, e.g. `data.communityId`. */
  readonly path: string;
  readonly change: string;
}

/**
 * Compares a published (locked) schema with the current one. Breaking: a removed or retyped
 * property, a newly required one, a removed enum value, a changed const/format/pattern, a tighter
 * bound, additional properties newly forbidden, a changed anyOf/oneOf. Compatible: an added
 * optional property, an added enum value (readers must tolerate unknown codes), a looser bound.
 */
export function breakingChanges(locked: JsonSchema, current: JsonSchema, path = 'data'): BreakingChange[] {
  const found: BreakingChange[] = [];
  const report = (change: string, at = path) => found.push({ path: at, change });

  const before = typesOf(locked);
  const after = typesOf(current);
  if (before.join() !== after.join()) report(`type changed from ${before.join('|') || 'any'} to ${after.join('|') || 'any'}`);
  for (const value of locked.enum ?? []) {
    if (current.enum && !current.enum.includes(value)) report(`enum value ${JSON.stringify(value)} removed`);
  }
  if (!locked.enum && current.enum) report('restricted to an enum');
  for (const keyword of ['const', 'format', 'pattern'] as const) {
    if (locked[keyword] !== current[keyword]) report(`${keyword} changed from ${String(locked[keyword])} to ${String(current[keyword])}`);
  }
  for (const keyword of ['minimum', 'minLength', 'minItems'] as const) {
    if (current[keyword] !== undefined && (locked[keyword] === undefined || current[keyword] > locked[keyword])) report(`${keyword} raised to ${current[keyword]}`);
  }
  for (const keyword of ['maximum', 'maxLength', 'maxItems'] as const) {
    if (current[keyword] !== undefined && (locked[keyword] === undefined || current[keyword] < locked[keyword])) report(`${keyword} lowered to ${current[keyword]}`);
  }
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    if (JSON.stringify(locked[keyword]) !== JSON.stringify(current[keyword])) report(`${keyword} changed`);
  }
  found.push(...objectChanges(locked, current, path));
  if (locked.items && current.items) found.push(...breakingChanges(locked.items, current.items, `${path}[]`));
  else if (locked.items || current.items) report('array items changed');
  return found;
}

function objectChanges(locked: JsonSchema, current: JsonSchema, path: string): BreakingChange[] {
  const found: BreakingChange[] = [];
  const lockedProperties = locked.properties ?? {};
  const currentProperties = current.properties ?? {};
  for (const [name, schema] of Object.entries(lockedProperties)) {
    const now = currentProperties[name];
    if (now === undefined) found.push({ path: `${path}.${name}`, change: 'property removed' });
    else found.push(...breakingChanges(schema, now, `${path}.${name}`));
  }
  const wasRequired = new Set(locked.required ?? []);
  for (const name of current.required ?? []) {
    if (!wasRequired.has(name)) found.push({ path: `${path}.${name}`, change: 'newly required' });
  }
  if (locked.additionalProperties !== false && current.additionalProperties === false) {
    found.push({ path, change: 'additional properties newly forbidden' });
  }
  return found;
}

const typesOf = (schema: JsonSchema): JsonType[] =>
  (schema.type === undefined ? [] : typeof schema.type === 'string' ? [schema.type] : [...schema.type]).sort();
