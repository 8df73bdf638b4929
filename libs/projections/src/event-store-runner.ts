import type { EventFilter, EventStore, RecordedEvent, Subscription } from '@linli/event-store';
import type { Connection } from 'mongoose';
import { ProjectionCheckpoints } from './checkpoints.js';
import { MongoProjectionWriter } from './mongo-projection-writer.js';
import type { ProjectedEvent, Projection } from './projection.js';

// FerretDB 1.24 on SQLite deadlocks on one bulkWrite that replaces about 100 existing documents
// (one pooled connection per statement, 100 in the pool): the default batch stays well below that.
const DEFAULT_BATCH_EVENTS = 40;

export interface EventStoreProjectionOptions {
  /** Unique name of this runner (its checkpoint key). */
  readonly name: string;
  readonly store: EventStore;
  readonly connection: Connection;
  readonly projections: readonly Projection<object>[];
  /** The log the store's positions belong to, e.g. the owning service's name. */
  readonly source: string;
  readonly filter?: EventFilter;
  readonly batchSize?: number;
  /** Maps a stored event to what projections see; null skips it. Default: the event as stored. */
  readonly map?: (event: RecordedEvent, source: string) => ProjectedEvent | null;
}

/** A running projection: how far it has got, and a way to wait for read-your-writes. */
export interface RunningProjection {
  position(): bigint;
  /** Resolves true once every event up to `position` is applied, false after `timeoutMs`. */
  waitFor(position: bigint, timeoutMs: number): Promise<boolean>;
  stop(): Promise<void>;
}

export function fromRecorded(event: RecordedEvent, source: string): ProjectedEvent {
  return { eventId: event.eventId, type: event.type, data: event.data, occurredAt: event.metadata.occurredAt, source, position: event.globalPosition, streamName: event.streamName };
}

/**
 * Tails the event store from the runner's checkpoint and applies each batch to every projection,
 * then stores the checkpoint. A crash between the two replays the batch, which the documents'
 * position guards make harmless.
 */
export async function runEventStoreProjections(options: EventStoreProjectionOptions): Promise<RunningProjection> {
  const checkpoints = new ProjectionCheckpoints(options.connection);
  const writers = options.projections.map((p) => new MongoProjectionWriter(p, options.connection));
  const map = options.map ?? fromRecorded;
  let position = (await checkpoints.load(options.name)) ?? 0n;
  const waiters = new Set<() => void>();
  const subscription: Subscription = options.store.subscribeToAll(
    async (events, checkpoint) => {
      const projected = events.map((e) => map(e, options.source)).filter((e): e is ProjectedEvent => e !== null);
      for (const writer of writers) await writer.apply(projected);
      await checkpoints.save(options.name, checkpoint.position);
      position = checkpoint.position;
      for (const wake of waiters) wake();
    },
    { fromCheckpoint: { position }, ...(options.filter ? { filter: options.filter } : {}), batchSize: options.batchSize ?? DEFAULT_BATCH_EVENTS },
  );
  return {
    position: () => position,
    waitFor: (wanted, timeoutMs) => waitUntil(() => position >= wanted, waiters, timeoutMs),
    stop: () => subscription.stop(),
  };
}

function waitUntil(done: () => boolean, waiters: Set<() => void>, timeoutMs: number): Promise<boolean> {
  if (done()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const finish = (result: boolean) => {
      waiters.delete(check);
      clearTimeout(timer);
      resolve(result);
    };
    const check = () => done() && finish(true);
    const timer = setTimeout(() => finish(false), timeoutMs);
    waiters.add(check);
  });
}
