import type { AppendResult, EventStore, ExpectedRevision, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent, Subscription, SubscriptionHandler, SubscribeOptions } from '@linli/event-store';
import type { Logger } from 'pino';
import { keepTrying } from '../lifecycle/keep-trying.js';

const MAX_BACKOFF_MS = 5_000;

/**
 * The event store of a service that starts before its database answers: it is opened in the
 * background, retrying with back-off for as long as it takes, so the process listens at once
 * (liveness answers, readiness says which dependency is missing) instead of crash-looping.
 * Calls made meanwhile wait for it; a subscription starts once it is open.
 */
export class DeferredEventStore implements EventStore {
  private store: EventStore | undefined;
  private closed = false;
  private readonly opened: Promise<EventStore>;

  constructor(open: () => Promise<EventStore>, private readonly logger: Logger) {
    this.opened = this.keepOpening(open);
    this.opened.catch(() => undefined);
  }

  /** True once the store is open (its schema migrated). */
  isOpen(): boolean {
    return this.store !== undefined;
  }

  private async keepOpening(open: () => Promise<EventStore>): Promise<EventStore> {
    const store = await keepTrying({ message: 'event store not reachable yet; retrying', logger: this.logger, stopped: () => this.closed, maxDelayMs: MAX_BACKOFF_MS }, async (attempt) => {
      const opened = await open();
      if (attempt > 1) this.logger.info({ attempt }, 'event store open');
      return opened;
    });
    if (!store) throw new Error('the event store was closed before it could be opened');
    this.store = store;
    return store;
  }

  async appendToStream(stream: string, events: readonly NewEvent[], options?: { expected?: ExpectedRevision }): Promise<AppendResult> {
    return (await this.opened).appendToStream(stream, events, options);
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return (await this.opened).readStream(stream, options);
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return (await this.opened).readAll(options);
  }

  async headPosition(): Promise<bigint> {
    return (await this.opened).headPosition();
  }

  subscribeToAll(handler: SubscriptionHandler, options?: SubscribeOptions): Subscription {
    if (this.store) return this.store.subscribeToAll(handler, options);
    let inner: Subscription | undefined;
    let stopped = false;
    const done = this.opened.then((store) => {
      if (stopped) return undefined;
      inner = store.subscribeToAll(handler, options);
      return inner.done;
    });
    return {
      done,
      stop: async () => {
        stopped = true;
        await inner?.stop();
      },
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.store?.close();
  }
}
