import type { EventFilter, EventStore, RecordedEvent, Subscription } from '@linli/event-store';
import { fromRecorded, MongoProjectionWriter, ProjectionCheckpoints, type Projection } from '@linli/projections';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';

export interface ProjectionLoopOptions {
  /** Checkpoint key: every instance of the service shares it (and the collections). */
  readonly name: string;
  readonly store: EventStore;
  readonly connection: Connection;
  readonly projections: readonly Projection<object>[];
  readonly source: string;
  readonly filter: EventFilter;
  readonly logger: Logger;
}

const DUPLICATE_KEY = 11000;
/**
 * Events per batch, hence at most this many documents replaced per bulkWrite. FerretDB 1.24 on
 * SQLite keeps a pooled connection open for every statement of a command that replaces an existing
 * document until the command ends; at 100 statements its 100-connection pool is exhausted and the
 * whole server deadlocks (every client hangs). Small batches keep well clear of that.
 */
const BATCH_SIZE = 25;
const WRITE_ATTEMPTS = 5;
const RESTART_DELAY_MS = 1_000;

/**
 * `runEventStoreProjections` of @linli/projections, made to survive what it does not. Every
 * instance of the service projects into the same collections, so two instances can race to insert
 * the same document and one gets a duplicate-key error; that batch is applied again (the documents'
 * position guards make it harmless). Any other failure restarts the subscription from the last
 * applied position after a pause, instead of an unhandled rejection that ends the process. And it
 * writes in batches FerretDB can take (see BATCH_SIZE).
 */
export class ProjectionLoop {
  private applied = 0n;
  private subscription: Subscription | null = null;
  private stopped = false;
  private readonly waiters = new Set<() => void>();
  private readonly writers: MongoProjectionWriter<object>[];
  private readonly checkpoints: ProjectionCheckpoints;

  constructor(private readonly options: ProjectionLoopOptions) {
    this.writers = options.projections.map((projection) => new MongoProjectionWriter(projection, options.connection));
    this.checkpoints = new ProjectionCheckpoints(options.connection);
  }

  /** The position of the last event every projection has applied. */
  get position(): bigint {
    return this.applied;
  }

  async start(): Promise<void> {
    this.applied = (await this.checkpoints.load(this.options.name)) ?? 0n;
    this.subscribe();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.subscription?.stop();
  }

  /** Resolves true once `position` is applied, false after `timeoutMs`. */
  waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    if (this.applied >= position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const finish = (reached: boolean) => {
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(reached);
      };
      const check = () => this.applied >= position && finish(true);
      const timer = setTimeout(() => finish(false), timeoutMs);
      this.waiters.add(check);
    });
  }

  private subscribe(): void {
    const { store, filter, logger } = this.options;
    const subscription = store.subscribeToAll((events, checkpoint) => this.apply(events, checkpoint.position), { fromCheckpoint: { position: this.applied }, filter, batchSize: BATCH_SIZE });
    this.subscription = subscription;
    subscription.done.catch((error: Error) => {
      if (this.stopped) return;
      logger.error({ err: error.message, position: String(this.applied) }, 'read models stopped on an error; restarting from the last applied position');
      setTimeout(() => this.stopped || this.subscribe(), RESTART_DELAY_MS).unref();
    });
  }

  private async apply(events: readonly RecordedEvent[], position: bigint): Promise<void> {
    const projected = events.map((event) => fromRecorded(event, this.options.source));
    await retryOnDuplicateKey(async () => {
      for (const writer of this.writers) await writer.apply(projected);
    });
    await retryOnDuplicateKey(() => this.checkpoints.save(this.options.name, position));
    this.applied = position;
    for (const wake of this.waiters) wake();
  }
}

async function retryOnDuplicateKey(write: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await write();
      return;
    } catch (error) {
      if ((error as { code?: unknown }).code !== DUPLICATE_KEY || attempt >= WRITE_ATTEMPTS) throw error;
    }
  }
}
