import type { Projection } from '@linli/projections';
import type { RubricVersion, RubricVersionPublished } from '@linli/ratings-domain';
import { sourceOf, type Source } from '../support/evidence.js';

/** One published version of a rubric, as published (with the labels of its areas and criteria). */
export type RubricVersionDoc = RubricVersion & Source;

/** The document id of a rubric version. */
export const rubricVersionKey = (rubricId: string, version: number): string => `${rubricId}|${version}`;

/** Rubric versions, one document each, from the service's own `ratings.RubricVersionPublished` events. */
export function rubricsProjection(name: string): Projection<RubricVersionDoc> {
  return {
    name,
    version: 1,
    indexes: [{ rubricId: 1 }],
    keys: (event) => (event.type === 'ratings.RubricVersionPublished' ? [rubricVersionKey((event.data as RubricVersion).rubricId, (event.data as RubricVersion).version)] : []),
    evolve: (doc, event) => (event.type === 'ratings.RubricVersionPublished' ? { ...(event.data as RubricVersionPublished['data']), ...sourceOf(event) } : doc),
  };
}
