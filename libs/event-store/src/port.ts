import type { NewEvent, RecordedEvent } from './envelope.js';

/** What the caller expects the stream to be before appending. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

export interface AppendResult {
  /** Revision of the last event of the call. */
  readonly nextExpectedRevision: bigint;
  /** Global position of the last event of the call. */
  readonly position: bigint;
}

export interface ReadStreamOptions {
  readonly from?: bigint;
  readonly direction?: 'forwards' | 'backwards';
  readonly limit?: number;
}

export interface EventFilter {
  readonly streamPrefixes?: readonly string[];
  readonly eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position (omit to start at the beginning). */
  readonly fromPosition?: bigint;
  readonly filter?: EventFilter;
  readonly limit?: number;
}

/**
 * A place in the global log a subscriber has fully handled; opaque to callers. Store it as a
 * decimal string (or numeric): a KurrentDB position packs two 64-bit offsets into one bigint.
 */
export interface Checkpoint {
  readonly position: bigint;
}

export interface SubscribeOptions {
  readonly fromCheckpoint?: Checkpoint;
  readonly filter?: EventFilter;
  /** Events handed to the handler per call (catch-up batches). */
  readonly batchSize?: number;
}

/** A running subscription: catch-up then live, in global order, at-least-once. */
export interface Subscription {
  /** Stops after the in-flight batch; resolves when stopped. */
  stop(): Promise<void>;
  /** Resolves when the subscription ends (stop or error); rejects with the handler's error. */
  readonly done: Promise<void>;
}

/** Handler of a batch of events in global order; the checkpoint may be stored once it resolves. */
export type SubscriptionHandler = (events: readonly RecordedEvent[], checkpoint: Checkpoint) => Promise<void>;

/** The event store port: every service talks to its events only through this. */
export interface EventStore {
  /**
   * Appends all events atomically (default expectation `any`). Throws WrongExpectedRevision on a
   * conflict and InvalidAppend (nothing written) on invalid input; repeating a stored append
   * (same event ids) returns its original result.
   */
  appendToStream(stream: string, events: readonly NewEvent[], options?: { expected?: ExpectedRevision }): Promise<AppendResult>;
  /** The stream's events, including ones just appended (read-your-writes); [] for no stream. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * The global log after a position, in order. Eventually consistent: an event shows up once every
   * transaction older than its own has finished, and never out of order after that.
   */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(handler: SubscriptionHandler, options?: SubscribeOptions): Subscription;
  /** The global position of the newest event readers can see (0n when empty). */
  headPosition(): Promise<bigint>;
  close(): Promise<void>;
}
