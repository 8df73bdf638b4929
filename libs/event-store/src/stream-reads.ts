import type { RecordedEvent } from './envelope.js';
import type { EventStore } from './port.js';

/**
 * The event that created a stream, when it is of `type` (e.g. a dispute's report); undefined for
 * an empty stream or one that began otherwise. Reads one event, whatever the stream's length.
 */
export async function creationEvent<Data = unknown>(store: EventStore, stream: string, type: string): Promise<(RecordedEvent & { readonly data: Data }) | undefined> {
  const [first] = await store.readStream(stream, { limit: 1 });
  return first?.type === type ? (first as RecordedEvent & { readonly data: Data }) : undefined;
}

/**
 * The newest value `pick` finds in a stream's events, reading backwards a page at a time and
 * stopping at the first event that has one (undefined when none has): a long stream costs one
 * short read when its latest events answer.
 */
export async function latestOf<T>(store: EventStore, stream: string, pick: (event: RecordedEvent) => T | undefined, pageSize = 20): Promise<T | undefined> {
  for (let from: bigint | undefined; ; ) {
    const page = await store.readStream(stream, { direction: 'backwards', limit: pageSize, ...(from !== undefined && { from }) });
    for (const event of page) {
      const found = pick(event);
      if (found !== undefined) return found;
    }
    const oldest = page[page.length - 1];
    if (page.length < pageSize || oldest === undefined || oldest.streamRevision === 0n) return undefined;
    from = oldest.streamRevision - 1n;
  }
}
