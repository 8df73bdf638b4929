import type { RecordedEvent } from '../envelope.js';
import type { Checkpoint, EventStore, SubscribeOptions, Subscription } from '../port.js';

/**
 * Retries an assertion until it passes or the time is up. Global reads are eventually consistent:
 * an event becomes visible to readAll once every older transaction of the cluster has finished.
 */
export async function eventually<T>(probe: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** A subscription that records what it receives, for tests to wait on. */
export class RecordingSubscription {
  readonly events: RecordedEvent[] = [];
  readonly checkpoints: Checkpoint[] = [];
  readonly subscription: Subscription;

  constructor(store: EventStore, options: SubscribeOptions = {}) {
    this.subscription = store.subscribeToAll(async (events, checkpoint) => {
      this.events.push(...events);
      this.checkpoints.push(checkpoint);
    }, options);
    this.subscription.done.catch(() => undefined); // tests look at `done` themselves when it matters
  }

  /** Waits until at least `count` events arrived; returns the time it took. */
  async waitFor(count: number, timeoutMs = 10_000): Promise<number> {
    const started = Date.now();
    await eventually(async () => {
      if (this.events.length < count) throw new Error(`received ${this.events.length} of ${count} events`);
    }, timeoutMs);
    return Date.now() - started;
  }

  stop(): Promise<void> {
    return this.subscription.stop();
  }
}

/** Asserts positions strictly increase, which also means nothing was delivered twice. */
export function expectStrictlyIncreasingPositions(events: readonly RecordedEvent[]): void {
  for (let i = 1; i < events.length; i++) {
    if (events[i].globalPosition <= events[i - 1].globalPosition) {
      throw new Error(`position ${events[i].globalPosition} at index ${i} does not follow ${events[i - 1].globalPosition}`);
    }
  }
}

/** What a test compares after a round trip: the data, in order. */
export const dataOf = (events: readonly RecordedEvent[]): unknown[] => events.map((event) => event.data);
