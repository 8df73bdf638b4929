import { isCanonicalUtcDateTime } from '../validation/date-time.js';
import type { PublicEvent, StoredEventLike } from './gateway.js';

/**
 * One gateway mapping, reading the stored data as the private shape `Data`. The shapes are mirrored
 * in ./private (contracts may not import a domain lib); a mapping copies public fields by name.
 */
export const from =
  <Data>(map: (data: Data, stored: StoredEventLike) => PublicEvent | null) =>
  (stored: StoredEventLike): PublicEvent | null =>
    map(stored.data as Data, stored);

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * A stored instant as RFC 3339 (the JSON Schema `date-time`): kept as written when it already is,
 * else (e.g. `2025-12-03T18:00+08:00`, which the store accepts) the same instant in UTC. Unreadable
 * text is kept, so the contract check names the field instead of a wrong time being published.
 */
export function instant(value: string): string {
  if (isCanonicalUtcDateTime(value) || RFC3339.test(value)) return value;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? value : new Date(parsed).toISOString();
}

/** Which stored types of a context a gateway publishes, and which it keeps private and why. */
export interface GatewayCoverage {
  readonly mapped: readonly string[];
  readonly privateOnly: Readonly<Record<string, string>>;
}

/** The coverage of a gateway's mappings; a type both mapped and private is a bug caught at load. */
export function coverageOf(mappings: Readonly<Record<string, unknown>>, privateOnly: Readonly<Record<string, string>>): GatewayCoverage {
  const both = Object.keys(privateOnly).filter((type) => Object.hasOwn(mappings, type));
  if (both.length > 0) throw new TypeError(`stored types both mapped and private: ${both.join(', ')}`);
  return Object.freeze({ mapped: Object.freeze(Object.keys(mappings)), privateOnly: Object.freeze({ ...privateOnly }) });
}
