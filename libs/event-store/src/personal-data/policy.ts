/** Where one data subject's personal fields sit in an event's data. Paths are dot-separated keys. */
export interface PersonalDataGroup {
  /** Path of an array whose items each describe one subject (e.g. `members`); omit for the whole event. */
  readonly each?: string;
  /** Path of the subject's id (relative to the item when `each` is set); it stays readable. */
  readonly subjectId: string;
  /** Paths of the personal fields (names, phones, ID numbers, rooms), relative like `subjectId`. */
  readonly fields: readonly string[];
}

/** A path split into keys, checked once when the policy is registered. */
export type ParsedPath = readonly string[];

export interface ParsedGroup {
  readonly each?: ParsedPath;
  readonly subjectId: ParsedPath;
  readonly fields: readonly ParsedPath[];
}

/** Which fields of which event types are personal data, and whose. */
export class PersonalDataPolicies {
  private readonly byType = new Map<string, readonly ParsedGroup[]>();

  /** Declares the personal fields of one event type (all its schema versions share the paths). */
  register(eventType: string, ...groups: PersonalDataGroup[]): this {
    if (this.byType.has(eventType)) throw new Error(`personal data policy for ${eventType} is already registered`);
    if (groups.length === 0) throw new Error(`personal data policy for ${eventType} names no fields`);
    this.byType.set(eventType, groups.map((group) => parseGroup(eventType, group)));
    return this;
  }

  /** The groups of an event type; empty when it carries no personal data. */
  groupsFor(eventType: string): readonly ParsedGroup[] {
    return this.byType.get(eventType) ?? [];
  }
}

function parseGroup(eventType: string, group: PersonalDataGroup): ParsedGroup {
  const subjectId = parsePath(eventType, group.subjectId);
  const fields = group.fields.map((field) => parsePath(eventType, field));
  if (fields.length === 0) throw new Error(`personal data policy for ${eventType} names no fields`);
  for (const field of group.fields) {
    if (field === group.subjectId || group.subjectId.startsWith(`${field}.`)) {
      throw new Error(`personal data policy for ${eventType}: ${field} would encrypt the subject id, which must stay readable`);
    }
  }
  return { ...(group.each === undefined ? {} : { each: parsePath(eventType, group.each) }), subjectId, fields };
}

export function parsePath(eventType: string, path: string): ParsedPath {
  const keys = path.split('.');
  if (keys.some((key) => key === '')) throw new Error(`personal data policy for ${eventType}: bad path ${JSON.stringify(path)}`);
  return keys;
}
