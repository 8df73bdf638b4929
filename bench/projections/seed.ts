import type { EventStore } from '@linli/event-store';
import { county } from '../../apps/ratings/test/support/stored-scenario.js';

/** Appends a county's history (every context's private events, interleaved), several appends at a time. */
export async function seedCounty(store: EventStore, prefix: string, communities: number, disputes: number): Promise<number> {
  const appends = county(prefix, communities, disputes);
  let events = 0;
  for (let i = 0; i < appends.length; i += 16) {
    const chunk = appends.slice(i, i + 16);
    await Promise.all(chunk.map(({ stream, events: batch }) => store.appendToStream(stream, batch)));
    events += chunk.reduce((sum, append) => sum + append.events.length, 0);
  }
  return events;
}
