import type { NewEvent, RecordedEvent } from '../envelope.js';
import type { AppendResult, EventStore, ExpectedRevision, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription, SubscriptionHandler } from '../port.js';
import type { UpcasterRegistry } from './upcaster-registry.js';

/** An EventStore whose reads and subscriptions deliver every event in its current shape. */
export class UpcastingEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly upcasters: UpcasterRegistry,
  ) {}

  appendToStream(stream: string, events: readonly NewEvent[], options?: { expected?: ExpectedRevision }): Promise<AppendResult> {
    return this.inner.appendToStream(stream, events, options);
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readStream(stream, options)).map((event) => this.upcasters.upcast(event));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readAll(options)).map((event) => this.upcasters.upcast(event));
  }

  subscribeToAll(handler: SubscriptionHandler, options?: SubscribeOptions): Subscription {
    return this.inner.subscribeToAll((events, checkpoint) => handler(events.map((event) => this.upcasters.upcast(event)), checkpoint), options);
  }

  headPosition(): Promise<bigint> {
    return this.inner.headPosition();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
