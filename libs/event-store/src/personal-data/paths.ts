import type { ParsedPath } from './policy.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a path, or undefined when any step is missing. */
export function getPath(root: unknown, path: ParsedPath): unknown {
  let node = root;
  for (const key of path) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return node;
}

/**
 * Replaces the value at a path (if present) in a copy-on-write way: the objects along the path
 * are copied, everything else is shared, the input is left untouched.
 */
export function replaceAtPath(root: Json, path: ParsedPath, replace: (value: unknown) => unknown): Json {
  const [key, ...rest] = path;
  if (!(key in root) || root[key] === undefined) return root;
  if (rest.length === 0) return { ...root, [key]: replace(root[key]) };
  const child = root[key];
  return isRecord(child) ? { ...root, [key]: replaceAtPath(child, rest, replace) } : root;
}

/** Applies `update` to each item of the array at `path` (items that are not objects are kept). */
export function updateEach(root: Json, path: ParsedPath, update: (item: Json) => Json): Json {
  return replaceAtPath(root, path, (list) => (Array.isArray(list) ? list.map((item: unknown) => (isRecord(item) ? update(item) : item)) : list));
}

/** A rebuilt copy of any JSON value in which `map` may replace objects (depth-first, copy-on-write). */
export function mapObjects(value: unknown, map: (object: Json) => unknown | undefined): unknown {
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      const next = mapObjects(item, map);
      changed ||= next !== item;
      return next;
    });
    return changed ? items : value;
  }
  if (!isRecord(value)) return value;
  const replaced = map(value);
  if (replaced !== undefined) return replaced;
  let copy: Json | undefined;
  for (const [key, child] of Object.entries(value)) {
    const next = mapObjects(child, map);
    if (next !== child) (copy ??= { ...value })[key] = next;
  }
  return copy ?? value;
}
