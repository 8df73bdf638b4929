import type { NewEvent } from '../envelope.js';
import { InvalidAppend } from '../errors.js';
import { encryptValue, isEncryptedValue } from './cipher.js';
import { getPath, replaceAtPath, updateEach } from './paths.js';
import type { ParsedGroup, ParsedPath } from './policy.js';

type Json = Record<string, unknown>;

/** The subject of every item (or of the whole data) that carries at least one personal field. */
function subjectIdsIn(data: Json, group: ParsedGroup, where: string): string[] {
  const items = group.each ? (getPath(data, group.each) as unknown) : [data];
  if (!Array.isArray(items)) return [];
  const found: string[] = [];
  items.forEach((item: unknown, index) => {
    if (typeof item !== 'object' || item === null) return;
    const hasPersonal = group.fields.some((field) => getPath(item, field) !== undefined);
    if (!hasPersonal) return;
    const subjectId = getPath(item, group.subjectId);
    if (typeof subjectId !== 'string' || subjectId === '') {
      const prefix = group.each ? `${where}.${group.each.join('.')}[${index}]` : where;
      throw new InvalidAppend(`${prefix}.${group.subjectId.join('.')}`, 'must name the data subject of the personal fields beside it');
    }
    found.push(subjectId);
  });
  return found;
}

/** The data subjects whose keys an append needs. */
export function subjectsOf(events: readonly NewEvent[], groupsFor: (type: string) => readonly ParsedGroup[]): string[] {
  const subjects = new Set<string>();
  events.forEach((event, i) => {
    for (const group of groupsFor(event.type)) {
      for (const subjectId of subjectIdsIn(event.data as Json, group, `events[${i}].data`)) subjects.add(subjectId);
    }
  });
  return [...subjects];
}

/** The event's data with every personal field replaced by its ciphertext under the subject's key. */
export function protectData(data: Json, groups: readonly ParsedGroup[], keys: ReadonlyMap<string, Buffer>): Json {
  return groups.reduce((current, group) => {
    const encryptItem = (item: Json): Json => {
      const subjectId = getPath(item, group.subjectId);
      const key = typeof subjectId === 'string' ? keys.get(subjectId) : undefined;
      if (!key || typeof subjectId !== 'string') return item;
      return group.fields.reduce<Json>((acc, field: ParsedPath) => replaceAtPath(acc, field, (value) => (isEncryptedValue(value) ? value : encryptValue(key, subjectId, value))), item);
    };
    return group.each ? updateEach(current, group.each, encryptItem) : encryptItem(current);
  }, data);
}
