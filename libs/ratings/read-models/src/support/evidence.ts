import { decodePosition, encodePosition, type ProjectedEvent } from '@linli/projections';
import type { Evidence } from '@linli/ratings-domain';

/** Where a fact came from, as stored in a document: the event id and its position (fixed-width text). */
export interface Source {
  readonly eventId: string;
  readonly position: string;
}

export const sourceOf = (event: Pick<ProjectedEvent, 'eventId' | 'position'>): Source => ({ eventId: event.eventId, position: encodePosition(event.position) });

/** The evidence of a measure (what scoring wants), each event once. */
export function evidenceOf(sources: Iterable<Source>): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const { eventId, position } of sources) seen.set(eventId, { eventId, position: decodePosition(position) });
  return [...seen.values()];
}

/** The fact of the latest source (highest position): how "a later record supersedes" stays order-free. */
export function latest<T extends Source>(facts: Iterable<T>): T | undefined {
  let best: T | undefined;
  for (const fact of facts) if (best === undefined || fact.position > best.position) best = fact;
  return best;
}

/** Facts of a map sorted by position (their order in the source log). */
export const inLogOrder = <T extends Source>(facts: Iterable<T>): T[] => [...facts].sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
