import type { Connection } from 'mongoose';
import { ProjectionCatalog, type CatalogEntry, type SwitchRequest } from './catalog.js';
import { newHostId, ProjectionHosts } from './hosts.js';
import { MongoProjectionWriter } from './mongo-projection-writer.js';
import { Mutex } from './mutex.js';
import { collectionName, ensureIndexes, type ProjectedEvent, type Projection } from './projection.js';

export interface LiveProjectionsOptions {
  readonly connection: Connection;
  readonly projections: readonly Projection<object>[];
  readonly hostId?: string;
  /** How often the catalog is read for switches (ms). Default 250. */
  readonly refreshMs?: number;
  /** How often the lease is renewed (ms). Default 2000. */
  readonly heartbeatMs?: number;
  /** A pause that outlasts this gives up and withdraws the switch (ms). Default 20000, below Kafka's session timeout. */
  readonly pauseTimeoutMs?: number;
  readonly onError?: (error: unknown) => void;
}

/** About how many events one group commit writes (see nextRound). */
const ROUND_EVENTS = 1_000;
/**
 * Rounds of at most this many events write their projections concurrently: a trickle of live
 * events (someone waits to read each one) then costs one projection's round trips instead of the
 * sum of all of them. Larger rounds (a backlog) write one projection after the other (see apply).
 */
const CONCURRENT_ROUND_EVENTS = 50;

interface Waiting {
  readonly events: readonly ProjectedEvent[];
  readonly first: boolean;
  readonly settle: (error?: unknown) => void;
}

interface Slot {
  readonly projection: Projection<object>;
  readonly lock: Mutex;
  writer: MongoProjectionWriter<object>;
  /** The switch attempt this slot is paused for. */
  pausedFor?: string;
}

/**
 * The live side of a set of projections: applies events to each projection's active collection,
 * one batch at a time per projection, and takes part in blue/green switches. When a rebuild asks
 * to switch, it finishes the batch in hand, acknowledges, waits for the pointer to move (or gives
 * up after `pauseTimeoutMs`, withdrawing the request) and carries on in the new collection.
 */
export class LiveProjections {
  readonly hostId: string;
  private readonly catalog: ProjectionCatalog;
  private readonly hosts: ProjectionHosts;
  private readonly slots: Map<string, Slot>;
  private timers: NodeJS.Timeout[] = [];
  /** Calls waiting for the write in progress to finish; they go out together in the next one. */
  private queue: Waiting[] = [];
  private writing = false;
  private stopped = false;

  constructor(private readonly options: LiveProjectionsOptions) {
    this.hostId = options.hostId ?? newHostId();
    this.catalog = new ProjectionCatalog(options.connection);
    this.hosts = new ProjectionHosts(options.connection);
    this.slots = new Map(
      options.projections.map((projection) => [projection.name, { projection, lock: new Mutex(), writer: new MongoProjectionWriter(projection, options.connection, collectionName(projection)) }]),
    );
  }

  /** Reads the pointers, announces this host and starts watching for switches. */
  async start(): Promise<void> {
    await this.refresh();
    await this.ensureIndexes();
    await this.hosts.heartbeat(this.hostId, [...this.slots.keys()]);
    this.timers = [
      setInterval(() => void this.refresh().catch((error) => this.options.onError?.(error)), this.options.refreshMs ?? 250),
      setInterval(() => void this.hosts.heartbeat(this.hostId, [...this.slots.keys()]).catch((error) => this.options.onError?.(error)), this.options.heartbeatMs ?? 2_000),
    ];
  }

  /**
   * Applies the events to every projection, each in its active collection. Calls that arrive while
   * a write is in progress are written together next (a group commit): concurrent feeds (Kafka
   * partitions, the own log) share round trips, and each call resolves only once its own events
   * are stored; a round takes about ROUND_EVENTS events, and `first` puts the call at the head of
   * the queue (the service's own events, which queries wait for). A backlog's rounds write the
   * projections one after the other (a FerretDB server spends more on concurrent writers
   * contending than a MongoDB gains); rounds of a few events write them concurrently (latency).
   */
  apply(events: readonly ProjectedEvent[], options: { readonly first?: boolean } = {}): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    const done = new Promise<void>((resolve, reject) => {
      const first = options.first === true;
      const waiting: Waiting = { events, first, settle: (error) => (error === undefined ? resolve() : reject(error)) };
      // `first` calls keep their own order, ahead of the others.
      const at = first ? this.queue.findIndex((queued) => !queued.first) : -1;
      this.queue.splice(at < 0 ? this.queue.length : at, 0, waiting);
    });
    if (!this.writing) void this.drain();
    return done;
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.queue.length > 0) {
      const batch = this.nextRound();
      const events = batch.flatMap((waiting) => waiting.events);
      try {
        const write = (slot: Slot) => slot.lock.run(() => slot.writer.apply(events));
        if (events.length <= CONCURRENT_ROUND_EVENTS) await Promise.all([...this.slots.values()].map(write));
        else for (const slot of this.slots.values()) await write(slot);
        for (const waiting of batch) waiting.settle();
      } catch (error) {
        for (const waiting of batch) waiting.settle(error);
      }
    }
    this.writing = false;
  }

  /**
   * The calls written together next: queued ones up to about ROUND_EVENTS events (at least one
   * call), so that a call made with `first` (a query waiting to read its own write) never waits
   * behind more than one such round, however long the Kafka backlog.
   */
  private nextRound(): Waiting[] {
    let events = 0;
    let count = 0;
    while (count < this.queue.length && (count === 0 || events + (this.queue[count]?.events.length ?? 0) <= ROUND_EVENTS)) {
      events += this.queue[count]?.events.length ?? 0;
      count++;
    }
    return this.queue.splice(0, count);
  }

  /** The collection each projection reads and writes now. */
  activeCollections(): Map<string, string> {
    return new Map([...this.slots].map(([name, slot]) => [name, slot.writer.collection.collectionName]));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    await Promise.all([...this.slots.values()].map((slot) => slot.lock.run(async () => undefined)));
    await this.hosts.leave(this.hostId).catch(() => undefined);
  }

  private async refresh(): Promise<void> {
    const entries = await this.catalog.entries([...this.slots.keys()]);
    for (const [name, slot] of this.slots) {
      const entry = entries.get(name);
      if (!entry) continue;
      if (entry.switch && slot.pausedFor !== entry.switch.attempt) void this.pause(slot, entry.switch).catch((error) => this.options.onError?.(error));
      else if (slot.pausedFor === undefined) this.use(slot, entry);
    }
  }

  private async pause(slot: Slot, request: SwitchRequest): Promise<void> {
    slot.pausedFor = request.attempt;
    const release = await slot.lock.acquire();
    try {
      const name = slot.projection.name;
      await this.hosts.acknowledgePause(this.hostId, name, request.attempt);
      const deadline = Date.now() + (this.options.pauseTimeoutMs ?? 20_000);
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const entry = await this.catalog.entry(slot.projection);
        if (entry.switch?.attempt !== request.attempt) return this.use(slot, entry);
        if (Date.now() > deadline || this.stopped) {
          await this.catalog.cancelSwitch(name, request.attempt);
          return this.use(slot, await this.catalog.entry(slot.projection));
        }
      }
    } finally {
      slot.pausedFor = undefined;
      release();
    }
  }

  private use(slot: Slot, entry: CatalogEntry): void {
    if (slot.writer.collection.collectionName !== entry.active) slot.writer = new MongoProjectionWriter(slot.projection, this.options.connection, entry.active);
  }

  /** Creates each projection's indexes on its active collection. */
  async ensureIndexes(): Promise<void> {
    for (const slot of this.slots.values()) await ensureIndexes(slot.projection, slot.writer.collection);
  }
}
