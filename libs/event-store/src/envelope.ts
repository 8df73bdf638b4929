/** Who did something: every stored event names its actor. */
export interface Actor {
  readonly id: string;
  readonly role: string;
  readonly orgUnitId: string;
}

/** Business and causal context carried by every event. */
export interface EventMetadata {
  /** Business time: when it happened in the world (ISO-8601). */
  readonly occurredAt: string;
  /** System time: when the store recorded it (ISO-8601); set by the store on append. */
  readonly recordedAt: string;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId: string;
  readonly reason?: string;
  /** W3C trace context of the span that appended it (set by the kit's tracing; absent with tracing off). */
  readonly traceparent?: string;
  readonly tracestate?: string;
  /** Free extension slots (trace context, idempotency key); never personal data; `$` keys are the store's. */
  readonly [extension: string]: unknown;
}

/** An event as the caller proposes it, before the store gives it a place in the log. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  /** UUIDv7; a retry with the same id in the same stream is a no-op. */
  readonly eventId: string;
  /** A stable string such as `disputes.DisputeEscalated`, never a class name. */
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: Omit<EventMetadata, 'recordedAt'>;
}

/** An event as stored: the proposal plus its stream revision and global position. */
export interface RecordedEvent<Type extends string = string, Data = unknown> {
  readonly eventId: string;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly streamName: string;
  /** 0-based revision within the stream. */
  readonly streamRevision: bigint;
  /** Position in the global log; strictly increasing in the order readers see events. */
  readonly globalPosition: bigint;
}
