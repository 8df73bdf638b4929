import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { NewEvent, RecordedEvent } from '../envelope.js';
import { WrongExpectedRevision } from '../errors.js';
import type { AppendResult, EventStore, ExpectedRevision, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription, SubscriptionHandler } from '../port.js';
import { checkFilter, checkLimit, checkPosition, checkReadStreamOptions, checkSubscribeOptions } from '../read-options.js';
import { validateAppend, validateStreamName } from '../validation/validate-append.js';
import { appendEvents } from './append.js';
import { AppendListener } from './append-listener.js';
import { AppendNotifier } from './append-notifier.js';
import { KnownRevisions } from './known-revisions.js';
import { eventStoreMigrations } from './event-store-migrations.js';
import { migrate } from './migrations.js';
import { startPollingSubscription } from './polling-subscription.js';
import { readHeadPosition, readPage, readStreamRows } from './read.js';
import { eventStoreTables, type EventStoreTables } from './sql.js';
import { WakeRouter } from './wake-router.js';

export interface PostgresEventStoreOptions {
  /** Either a connection string (the store owns and ends its pool) or a pool the caller owns. */
  readonly connectionString?: string;
  readonly pool?: pg.Pool;
  /** Schema holding the tables; created and migrated on start. Default `linli`. */
  readonly schema?: string;
  /** Size of the pool created from a connection string. Default 10. */
  readonly poolSize?: number;
  /** How often a subscription looks for new events when no wake-up arrives. Default 500 ms. */
  readonly pollIntervalMs?: number;
  /** Streams whose newest seen revision is remembered to skip a check on append (0 turns it off). Default 10,000. */
  readonly revisionCacheSize?: number;
}

/** Creates the PostgreSQL event store, applying any pending migrations first. */
export async function createPostgresEventStore(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
  if (!options.pool && !options.connectionString) throw new Error('createPostgresEventStore needs a connectionString or a pool');
  const ownsPool = !options.pool;
  const pool = options.pool ?? new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10 });
  if (ownsPool) pool.on('error', () => undefined); // an idle client died; the pool replaces it
  const schema = options.schema ?? 'linli';
  try {
    await migrate(pool, schema, 'event-store', eventStoreMigrations);
  } catch (error) {
    if (ownsPool) await pool.end();
    throw error;
  }
  return new PostgresEventStore(pool, eventStoreTables(schema), ownsPool, options.pollIntervalMs ?? 500, new KnownRevisions(options.revisionCacheSize));
}

/** The default adapter: see libs/event-store/README.md for why its ordering is safe. */
export class PostgresEventStore implements EventStore {
  /** Wakes the subscriptions an append may concern: from this store's appends, and from NOTIFY. */
  private readonly router = new WakeRouter();
  private readonly notifier: AppendNotifier;
  private readonly listener: AppendListener;
  private readonly subscriptions = new Set<Subscription>();

  constructor(
    readonly pool: pg.Pool,
    readonly tables: EventStoreTables,
    private readonly ownsPool: boolean,
    private readonly pollIntervalMs: number,
    private readonly known: KnownRevisions = new KnownRevisions(),
  ) {
    const sender = randomUUID();
    this.notifier = new AppendNotifier(pool, tables.schema, this.router, sender);
    this.listener = new AppendListener(pool, tables.schema, this.router, sender);
  }

  async appendToStream(stream: string, events: readonly NewEvent[], options: { expected?: ExpectedRevision } = {}): Promise<AppendResult> {
    const expected = options.expected ?? 'any';
    validateAppend(stream, events, expected);
    try {
      const result = await appendEvents(this.pool, this.tables, stream, events, expected, this.known);
      this.known.observe(stream, result.nextExpectedRevision);
      this.notifier.appended(stream);
      return result;
    } catch (error) {
      if (error instanceof WrongExpectedRevision && typeof error.actual === 'bigint') this.known.observe(stream, error.actual);
      throw error;
    }
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    validateStreamName(stream);
    checkReadStreamOptions(options);
    const events = await readStreamRows(this.pool, this.tables, stream, options);
    const newest = events.reduce<bigint | undefined>((max, e) => (max === undefined || e.streamRevision > max ? e.streamRevision : max), undefined);
    if (newest !== undefined) this.known.observe(stream, newest);
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    checkPosition(options.fromPosition, 'fromPosition');
    checkLimit(options.limit);
    checkFilter(options.filter);
    const page = await readPage(this.pool, this.tables, options.fromPosition ?? 0n, options.limit ?? null, options.filter);
    return page.events;
  }

  subscribeToAll(handler: SubscriptionHandler, options: SubscribeOptions = {}): Subscription {
    checkSubscribeOptions(options);
    this.listener.acquire();
    const route = this.router.route(options.filter);
    const subscription = startPollingSubscription(handler, options, {
      readPage: (from, limit) => readPage(this.pool, this.tables, from, limit, options.filter),
      signal: route.signal,
      pollIntervalMs: this.pollIntervalMs,
      onEnd: async () => {
        route.close();
        this.subscriptions.delete(subscription);
        await this.listener.release();
      },
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  headPosition(): Promise<bigint> {
    return readHeadPosition(this.pool, this.tables);
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.notifier.close();
    if (this.ownsPool) await this.pool.end();
  }
}
