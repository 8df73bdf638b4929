/** An event as projections see it: a public or private event with where it came from. */
export interface ProjectedEvent<Data = unknown> {
  readonly eventId: string;
  readonly type: string;
  readonly data: Data;
  /** Business time of the event (ISO-8601). */
  readonly occurredAt: string;
  /** The log the position belongs to (a service's event store); positions compare only within it. */
  readonly source: string;
  /** Position in the source log; the adapter applies an event to a document at most once. */
  readonly position: bigint;
  readonly streamName?: string;
  /**
   * What the source orders events by when it does not deliver its whole log in order, e.g. the
   * Kafka key (CloudEvent `partitionkey`): positions only increase within one key. The position
   * guard of a document is then kept per source and key, so an event of another key with a lower
   * position, delivered later from another partition, is still applied. Absent: the source
   * delivers in global order (an event-store tail or replay).
   */
  readonly orderingKey?: string;
  /** What a projection may need from the envelope beside the data (e.g. actor, reason); no personal data. */
  readonly metadata?: Readonly<Record<string, unknown>>;
}

/**
 * A read model as a pure fold: which documents an event touches and how it changes each one.
 * `evolve` returns null to delete the document. No I/O: the adapter owns persistence.
 */
export interface Projection<Doc extends object> {
  readonly name: string;
  /** Bumped when the document shape or the fold changes; a new version is rebuilt by replay. */
  readonly version: number;
  keys(event: ProjectedEvent): readonly string[];
  evolve(doc: Doc | null, event: ProjectedEvent, key: string): Doc | null;
  /**
   * True when a document is created by the first event of its key and never changed after (e.g. a
   * timeline entry): writers insert it without reading first, and a duplicate is a no-op. Lookups
   * of absent documents are full scans on FerretDB, so this keeps such projections O(1) per event.
   */
  readonly createOnly?: boolean;
  /** Secondary indexes its readers need (created on the live collection and on a rebuild's before the switch). */
  readonly indexes?: readonly Readonly<Record<string, 1 | -1>>[];
}

/** The versioned collection a projection writes to (`<name>_v<version>`). */
export function collectionName(projection: Pick<Projection<object>, 'name' | 'version'>): string {
  return `${projection.name}_v${projection.version}`;
}

/** Creates the projection's secondary indexes on a collection (idempotent). */
export async function ensureIndexes(projection: Pick<Projection<object>, 'indexes'>, collection: { createIndex(spec: Record<string, 1 | -1>): Promise<string> }): Promise<void> {
  for (const spec of projection.indexes ?? []) await collection.createIndex({ ...spec });
}
