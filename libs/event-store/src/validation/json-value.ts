import { InvalidAppend } from '../errors.js';

// PostgreSQL's jsonb cannot hold U+0000 and rejects unpaired surrogates; refusing them here keeps
// every adapter equally strict instead of failing deep inside one driver.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Node 20+ checks well-formedness natively (ES2024), much faster than the regex on every string.
const wellFormed: (text: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
    ? (text) => (text as string & { isWellFormed(): boolean }).isWellFormed()
    : (text) => !UNPAIRED_SURROGATE.test(text);
const UNSTORABLE_TEXT = 'contains U+0000 or an unpaired surrogate, which cannot be stored';

/** Appends a property name to a field path the way a reader would write it. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

const storable = (text: string): boolean => !text.includes('\u0000') && wellFormed(text);

/** Throws InvalidAppend unless the text can be stored as JSON by every adapter. */
export function assertStorableText(value: string, path: string): void {
  if (!storable(value)) throw new InvalidAppend(path, UNSTORABLE_TEXT);
}

/**
 * Throws InvalidAppend naming the first field that would not survive a JSON round trip unchanged:
 * BigInt, functions, symbols, undefined array items, NaN/Infinity, circular references and
 * non-plain objects (a Date would come back as a string, a Map as {}). An undefined property is
 * simply absent once stored, as with JSON.stringify: `{ reason: undefined }` is fine.
 */
export function assertJsonValue(value: unknown, path: string): void {
  const problem = problemIn(value, []);
  if (problem) throw new InvalidAppend(problem.at.reduceRight<string>((parent, key) => childPath(parent, key), path), problem.rule);
}

/** Where a value breaks the rules; the path is collected innermost first, only on failure. */
interface Problem {
  readonly at: (string | number)[];
  readonly rule: string;
}

function problemIn(value: unknown, ancestors: object[]): Problem | null {
  switch (typeof value) {
    case 'string':
      return storable(value) ? null : { at: [], rule: UNSTORABLE_TEXT };
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : { at: [], rule: `is ${String(value)}, which JSON cannot represent` };
    case 'object':
      return value === null ? null : containerProblem(value, ancestors);
    default:
      return { at: [], rule: `is of type ${typeof value}, which JSON cannot represent` };
  }
}

function containerProblem(value: object, ancestors: object[]): Problem | null {
  // Nesting is shallow, so a linear scan of the ancestors beats a Set.
  if (ancestors.includes(value)) return { at: [], rule: 'is a circular reference' };
  ancestors.push(value);
  const problem = Array.isArray(value) ? arrayProblem(value, ancestors) : objectProblem(value, ancestors);
  ancestors.pop();
  return problem;
}

function arrayProblem(items: unknown[], ancestors: object[]): Problem | null {
  for (let i = 0; i < items.length; i++) {
    const problem = problemIn(items[i], ancestors);
    if (problem) return (problem.at.push(i), problem);
  }
  return null;
}

function objectProblem(value: object, ancestors: object[]): Problem | null {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return { at: [], rule: `is a ${value.constructor?.name ?? 'non-plain object'}, not a plain JSON object` };
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!storable(key)) return { at: [], rule: `has a key that ${UNSTORABLE_TEXT}` };
    const child = record[key];
    if (child === undefined) continue;
    const problem = problemIn(child, ancestors);
    if (problem) return (problem.at.push(key), problem);
  }
  return null;
}

/** True for a non-null object that is not an array. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
