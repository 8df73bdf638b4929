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
}

/** The versioned collection a projection writes to (`<name>_v<version>`). */
export function collectionName(projection: Pick<Projection<object>, 'name' | 'version'>): string {
  return `${projection.name}_v${projection.version}`;
}
