import type { EventStore, Subscription, WakeSignal } from '@linli/event-store';
import { ProjectionCheckpoints, withProjectionSpan, type LiveProjections } from '@linli/projections';
import { projectedFromOwnEvent, RATINGS_STREAM_PREFIX } from '@linli/ratings-read-models';
import type { Connection } from 'mongoose';

/**
 * The service's own events (rubrics, awards) reach its read models straight from its own log, in
 * order and with their private detail (reasons, who acted): the one path they take, live and in a
 * rebuild alike. Every replica tails from the shared checkpoint; applying an event twice is a
 * no-op (position guards), so no leader is needed.
 */
export class OwnEventsTail {
  private subscription: Subscription | undefined;
  private applied = 0n;
  private stopped = false;
  private readonly checkpoints: ProjectionCheckpoints;

  constructor(private readonly store: EventStore, connection: Connection, private readonly live: LiveProjections, private readonly checkpointName: string, private readonly signal?: WakeSignal) {
    this.checkpoints = new ProjectionCheckpoints(connection);
  }

  async start(onError: (error: unknown) => void): Promise<void> {
    this.applied = (await this.checkpoints.load(this.checkpointName)) ?? 0n;
    this.subscribe(onError);
  }

  /** Tails from the last position applied; a failure is reported and the tail starts again a second later. */
  private subscribe(onError: (error: unknown) => void): void {
    this.subscription = this.store.subscribeToAll(
      async (events, checkpoint) => {
        // First in the queue: a query may be waiting to read its own write. The span links each event's trace.
        await withProjectionSpan('ratings-own-events', events, () => this.live.apply(events.map(projectedFromOwnEvent), { first: true }));
        this.applied = checkpoint.position;
        this.signal?.fire();
        await this.checkpoints.save(this.checkpointName, checkpoint.position);
      },
      { fromCheckpoint: { position: this.applied }, filter: { streamPrefixes: [RATINGS_STREAM_PREFIX] }, batchSize: 500 },
    );
    this.subscription.done.catch((error: unknown) => {
      onError(error);
      if (!this.stopped) setTimeout(() => !this.stopped && this.subscribe(onError), 1_000);
    });
  }

  /** The position of the last own event applied. */
  position(): bigint {
    return this.applied;
  }

  /**
   * How far the own events are applied in the whole log: the head, when no own event waits after
   * the last one applied (the head is read first, so nothing at or below it can be missed).
   */
  async effectivePosition(): Promise<bigint> {
    const head = await this.store.headPosition();
    const pending = await this.store.readAll({ fromPosition: this.applied, filter: { streamPrefixes: [RATINGS_STREAM_PREFIX] }, limit: 1 });
    return pending.length === 0 && head > this.applied ? head : this.applied;
  }

  /** Own events stored but not applied yet, counted up to `cap`. */
  async lag(cap: number): Promise<number> {
    return (await this.store.readAll({ fromPosition: this.applied, filter: { streamPrefixes: [RATINGS_STREAM_PREFIX] }, limit: cap })).length;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.subscription?.stop();
  }
}
