import { BACKWARDS, END, excludeSystemEvents, FORWARDS, KurrentDBClient, START, StreamNotFoundError, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import type { NewEvent, RecordedEvent } from '../envelope.js';
import { WrongExpectedRevision } from '../errors.js';
import type { AppendResult, EventStore, ExpectedRevision, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription, SubscriptionHandler } from '../port.js';
import { checkFilter, checkLimit, checkPosition, checkReadStreamOptions, checkSubscribeOptions, matchesFilter } from '../read-options.js';
import { validateAppend, validateStreamName } from '../validation/validate-append.js';
import { findEarlierKurrentAppend } from './kurrent-idempotency.js';
import { serverFilter, toEventData, toRecordedEvent, toStreamState } from './mapping.js';
import { decodePosition, encodePosition } from './positions.js';
import { subscribeToKurrentAll } from './kurrent-subscription.js';

/** Connects the KurrentDB adapter (e.g. `kurrentdb://localhost:2113?tls=false`). */
export function createKurrentDbEventStore(options: { connectionString: string }): KurrentDbEventStore {
  return new KurrentDbEventStore(KurrentDBClient.connectionString(options.connectionString));
}

/** The port over KurrentDB: streamState ↔ expected, $all positions ↔ checkpoints, filters. */
export class KurrentDbEventStore implements EventStore {
  constructor(readonly client: KurrentDBClient) {}

  async appendToStream(stream: string, events: readonly NewEvent[], options: { expected?: ExpectedRevision } = {}): Promise<AppendResult> {
    const expected = options.expected ?? 'any';
    validateAppend(stream, events, expected);
    try {
      const result = await this.client.appendToStream(stream, events.map(toEventData), { streamState: toStreamState(expected) });
      // Servers before 22.6 report no position: look up the append's last event by its revision.
      const position = result.position
        ? encodePosition(result.position)
        : (await this.readStream(stream, { from: result.nextExpectedRevision, limit: 1 }))[0].globalPosition;
      return { nextExpectedRevision: result.nextExpectedRevision, position };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const earlier = await findEarlierKurrentAppend(this, stream, events);
      if (earlier) return earlier;
      throw new WrongExpectedRevision(stream, expected, typeof error.actualState === 'bigint' ? error.actualState : 'no_stream');
    }
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    validateStreamName(stream);
    checkReadStreamOptions(options);
    const backwards = options.direction === 'backwards';
    const events: RecordedEvent[] = [];
    try {
      const reads = this.client.readStream(stream, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.from ?? (backwards ? END : START),
        ...(options.limit === undefined ? {} : { maxCount: options.limit }),
      });
      for await (const resolved of reads) {
        const event = toRecordedEvent(resolved);
        if (event) events.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    checkPosition(options.fromPosition, 'fromPosition');
    checkLimit(options.limit);
    checkFilter(options.filter);
    const after = options.fromPosition ?? 0n;
    const events: RecordedEvent[] = [];
    // KurrentDB starts a read *at* a position; the port reads strictly after it.
    for await (const resolved of this.client.readAll({ fromPosition: after === 0n ? START : decodePosition(after), filter: serverFilter(options.filter) })) {
      const event = toRecordedEvent(resolved);
      if (!event || event.globalPosition <= after || !matchesFilter(options.filter, event.streamName, event.type)) continue;
      events.push(event);
      if (options.limit !== undefined && events.length >= options.limit) break;
    }
    return events;
  }

  subscribeToAll(handler: SubscriptionHandler, options: SubscribeOptions = {}): Subscription {
    checkSubscribeOptions(options);
    return subscribeToKurrentAll(this.client, handler, options);
  }

  async headPosition(): Promise<bigint> {
    for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1, filter: excludeSystemEvents() })) {
      const event = toRecordedEvent(resolved);
      if (event) return event.globalPosition;
    }
    return 0n;
  }

  close(): Promise<void> {
    return this.client.dispose();
  }
}
