import type { EventFilter, EventStore, RecordedEvent, Subscription } from '@linli/event-store';
import type { Connection } from 'mongoose';
import { ProjectionCheckpoints } from './checkpoints.js';
import { MongoProjectionWriter } from './mongo-projection-writer.js';
import type { ProjectedEvent, Projection } from './projection.js';
import { observeRunner } from './running-projections.js';
import { withProjectionSpan } from './projection-tracing.js';

// Small batches keep a restart cheap and the read-your-writes wait short; the writer chunks its
// bulkWrites on its own (FerretDB 1.24 on SQLite deadlocks on one replacing ~100 documents).
const DEFAULT_BATCH_EVENTS = 40;
const DUPLICATE_KEY = 11_000;
const WRITE_ATTEMPTS = 5;
const MAX_RESTART_DELAY_MS = 5_000;

export interface EventStoreProjectionOptions {
  /** Unique name of this runner (its checkpoint key); every instance of a service shares it. */
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
  /** Told about each failure before the runner starts again from its last applied position. */
  readonly onError?: (error: unknown, failures: number) => void;
}

/** A running projection: how far it has got, and a way to wait for read-your-writes. */
export interface RunningProjection {
  position(): bigint;
  /** Resolves true once every event up to `position` is applied, false after `timeoutMs`. */
  waitFor(position: bigint, timeoutMs: number): Promise<boolean>;
  /** Stops after the batch in hand is applied. */
  stop(): Promise<void>;
}

export function fromRecorded(event: RecordedEvent, source: string): ProjectedEvent {
  return { eventId: event.eventId, type: event.type, data: event.data, occurredAt: event.metadata.occurredAt, source, position: event.globalPosition, streamName: event.streamName };
}

/**
 * Tails the event store from the runner's checkpoint and applies each batch to every projection,
 * then stores the checkpoint. A crash between the two replays the batch, which the documents'
 * position guards make harmless. Several instances may run on the same collections: the loser of
 * a race to insert a document (a duplicate key) applies the batch again, which re-reads and skips
 * what the winner applied. Any other failure (the database went away) ends the subscription, which
 * starts again from the last applied position after a growing pause, instead of stalling.
 */
export async function runEventStoreProjections(options: EventStoreProjectionOptions): Promise<RunningProjection> {
  const checkpoints = new ProjectionCheckpoints(options.connection);
  const writers = options.projections.map((p) => new MongoProjectionWriter(p, options.connection));
  const map = options.map ?? fromRecorded;
  let position = (await checkpoints.load(options.name)) ?? 0n;
  const unobserve = observeRunner({
    name: options.name,
    projections: options.projections.map((projection) => projection.name),
    lag: async (cap) => (await options.store.readAll({ fromPosition: position, ...(options.filter ? { filter: options.filter } : {}), limit: cap })).length,
  });
  const waiters = new Set<() => void>();
  const handle = async (events: readonly RecordedEvent[], checkpoint: { position: bigint }) => {
    const projected = events.map((e) => map(e, options.source)).filter((e): e is ProjectedEvent => e !== null);
    await withProjectionSpan(options.name, events, async () => {
      for (const writer of writers) await retryOnDuplicateKey(() => writer.apply(projected));
    });
    await retryOnDuplicateKey(() => checkpoints.save(options.name, checkpoint.position));
    position = checkpoint.position;
    for (const wake of waiters) wake();
  };
  let subscription: Subscription | undefined;
  let stopped = false;
  let wakeFromPause: (() => void) | undefined;
  const running = (async () => {
    for (let failures = 0; !stopped; ) {
      subscription = options.store.subscribeToAll(handle, { fromCheckpoint: { position }, ...(options.filter ? { filter: options.filter } : {}), batchSize: options.batchSize ?? DEFAULT_BATCH_EVENTS });
      try {
        await subscription.done;
        failures = 0;
      } catch (error) {
        if (stopped) return;
        failures++;
        options.onError?.(error, failures);
        await new Promise<void>((resolve) => {
          wakeFromPause = resolve;
          setTimeout(resolve, Math.min(MAX_RESTART_DELAY_MS, 100 * 2 ** failures)).unref();
        });
      }
    }
  })();
  return {
    position: () => position,
    waitFor: (wanted, timeoutMs) => waitUntil(() => position >= wanted, waiters, timeoutMs),
    stop: async () => {
      stopped = true;
      unobserve();
      wakeFromPause?.();
      await subscription?.stop();
      await running;
    },
  };
}

async function retryOnDuplicateKey(write: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await write();
      return;
    } catch (error) {
      const duplicate = (error as { code?: unknown }).code === DUPLICATE_KEY || /E11000/.test((error as Error).message);
      if (!duplicate || attempt >= WRITE_ATTEMPTS) throw error;
    }
  }
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
