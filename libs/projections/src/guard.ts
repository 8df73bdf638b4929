import type { ProjectedEvent } from './projection.js';

// Field names of the position guard: MongoDB (and FerretDB) refuse '.' in keys and '$' at their
// start, and ids and Kafka keys may contain both, so the few reserved characters are escaped.
const RESERVED = /[%.$]/g;
const ESCAPES: Readonly<Record<string, string>> = { '%': '%25', '.': '%2E', $: '%24' };

/** A string made safe as a document field name (reversible, and the identity for plain ids). */
export function fieldNameOf(value: string): string {
  return value.replace(RESERVED, (char) => ESCAPES[char] ?? char);
}

/** The inverse of fieldNameOf. */
export function valueOfFieldName(name: string): string {
  return name.replace(/%2E|%24|%25/g, (code) => (code === '%2E' ? '.' : code === '%24' ? '$' : '%'));
}

/**
 * The key under which a document remembers the last position applied from the event's stream of
 * order: the source, plus the ordering key when the source only orders per key.
 */
export function guardKeyOf(event: Pick<ProjectedEvent, 'source' | 'orderingKey'>): string {
  return fieldNameOf(event.orderingKey === undefined ? event.source : `${event.source}|${event.orderingKey}`);
}
