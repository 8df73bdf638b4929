import type { NewEvent } from '../envelope.js';
import { InvalidAppend } from '../errors.js';
import type { AppendResult, EventStore } from '../port.js';

// How far back a retry is looked for after KurrentDB reports a conflict. A retry normally comes
// seconds after the original, so the original is among the stream's newest events.
const LOOK_BACK = 1000;

/**
 * When KurrentDB refuses an append because the stream moved on, the append may be a retry of
 * one that already succeeded: find its events and return the original result.
 */
export async function findEarlierKurrentAppend(store: EventStore, stream: string, events: readonly NewEvent[]): Promise<AppendResult | null> {
  const recent = await store.readStream(stream, { direction: 'backwards', limit: LOOK_BACK });
  const firstId = events[0].eventId.toLowerCase();
  const at = recent.findIndex((event) => event.eventId.toLowerCase() === firstId);
  if (at === -1) return null;
  const stored = at + 1 >= events.length ? recent.slice(at + 1 - events.length, at + 1).reverse() : [];
  const same = stored.length === events.length && stored.every((event, i) => event.eventId.toLowerCase() === events[i].eventId.toLowerCase() && event.type === events[i].type);
  if (!same) throw new InvalidAppend('events', 'repeat only part of the earlier append that used the same event ids');
  const last = stored[stored.length - 1];
  return { nextExpectedRevision: last.streamRevision, position: last.globalPosition };
}
