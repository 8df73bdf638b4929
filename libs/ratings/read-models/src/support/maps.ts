import { fieldNameOf } from '@linli/projections';

/** A map stored in a document: keys are ids made safe as field names. */
export type IdMap<T> = Readonly<Record<string, T>>;

/** The map with `value` under `id` (a new object: documents are never changed in place). */
export const withEntry = <T>(map: IdMap<T> | undefined, id: string, value: T): IdMap<T> => ({ ...map, [fieldNameOf(id)]: value });

/** The entry under `id`, if any. */
export const entryOf = <T>(map: IdMap<T> | undefined, id: string): T | undefined => map?.[fieldNameOf(id)];

export const valuesOf = <T>(map: IdMap<T> | undefined): T[] => Object.values(map ?? {});
