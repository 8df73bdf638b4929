import type { EventFilter, EventStore, RecordedEvent } from '@linli/event-store';
import type { ProjectedEvent } from '../projection.js';

/** A page of the log as a rebuild reads it. */
export interface ReplayPage {
  /** The events the projection sees (stored events mapped, private or unwanted ones dropped). */
  readonly events: readonly ProjectedEvent[];
  /** Stored events read, mapped or not. */
  readonly read: number;
  /** Position of the last stored event read (the `from` it was asked for when none). */
  readonly last: bigint;
}

/** Where a rebuild reads the history from: the event store, the source of truth. */
export interface ReplaySource {
  head(): Promise<bigint>;
  /** Up to `limit` stored events after `from`; fewer means the log is drained for now. */
  read(from: bigint, limit: number): Promise<ReplayPage>;
}

/** Reads an event store in global order and maps each stored event (null drops it). */
export function eventStoreReplay(store: EventStore, map: (event: RecordedEvent) => ProjectedEvent | null, filter?: EventFilter): ReplaySource {
  return {
    head: () => store.headPosition(),
    async read(from, limit) {
      const stored = await store.readAll({ fromPosition: from, limit, ...(filter ? { filter } : {}) });
      const events: ProjectedEvent[] = [];
      for (const event of stored) {
        const mapped = map(event);
        if (mapped !== null) events.push(mapped);
      }
      return { events, read: stored.length, last: stored.at(-1)?.globalPosition ?? from };
    },
  };
}
