import type { EventFilter, EventStore, RecordedEvent, Subscription } from '@linli/event-store';
import { fromRecorded, MongoProjectionWriter, ProjectionCheckpoints, type ProjectedEvent, type Projection, type RunningProjection } from '@linli/projections';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';

// FerretDB 1.24 on SQLite deadlocks on one bulkWrite that replaces about 100 existing documents
// (one pooled connection per statement, 100 in the pool): batches stay well below that.
const BATCH_EVENTS = 40;

export interface ResilientProjectionOptions {
  readonly name: string;
  readonly store: EventStore;
  readonly connection: Connection;
  readonly projections: readonly Projection<object>[];
  readonly source: string;
  readonly filter: EventFilter;
  readonly logger: Logger;
}

const DUPLICATE_KEY = 11_000;
const WRITE_ATTEMPTS = 5;

/**
 * `runEventStoreProjections` (libs/projections) made fit for several instances of the service:
 * every instance runs the runner on the same collections, and two of them can insert the same new
 * document at once; the loser's bulk write fails with a duplicate key (FerretDB, like MongoDB
 * before 4.2, does not retry such upserts). Here the loser applies the batch again, which re-reads
 * the documents and skips what the winner applied. Any other failure (the database went away)
 * ends the subscription, which is started again from the last position instead of stalling.
 */
export async function runResilientProjections(options: ResilientProjectionOptions): Promise<RunningProjection> {
  const checkpoints = new ProjectionCheckpoints(options.connection);
  const writers = options.projections.map((projection) => new MongoProjectionWriter(projection, options.connection));
  let position = (await checkpoints.load(options.name)) ?? 0n;
  const waiters = new Set<() => void>();
  const handle = async (events: readonly RecordedEvent[], checkpoint: { position: bigint }) => {
    const projected = events.map((event) => fromRecorded(event, options.source));
    for (const writer of writers) await applyRetrying(writer, projected);
    await checkpoints.save(options.name, checkpoint.position);
    position = checkpoint.position;
    for (const wake of waiters) wake();
  };
  let subscription: Subscription | undefined;
  let stopped = false;
  const running = (async () => {
    for (let failures = 0; !stopped; ) {
      subscription = options.store.subscribeToAll(handle, { fromCheckpoint: { position }, filter: options.filter, batchSize: BATCH_EVENTS });
      try {
        await subscription.done;
      } catch (error) {
        failures++;
        options.logger.warn({ runner: options.name, failures, err: (error as Error).message }, 'projection runner failed; resubscribing');
        await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 100 * 2 ** failures)));
      }
    }
  })();
  return {
    position: () => position,
    waitFor: (wanted, timeoutMs) => waitUntil(() => position >= wanted, waiters, timeoutMs),
    stop: async () => {
      stopped = true;
      await subscription?.stop();
      await running;
    },
  };
}

async function applyRetrying(writer: MongoProjectionWriter<object>, events: readonly ProjectedEvent[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await writer.apply(events);
      return;
    } catch (error) {
      const duplicate = (error as { code?: number }).code === DUPLICATE_KEY || /E11000/.test((error as Error).message);
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
