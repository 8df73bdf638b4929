import type { Command, Decider, DomainEvent } from '@linli/domain-kernel';
import { uuidv7, WrongExpectedRevision, type EventStore, type NewEvent, type RecordedEvent } from '@linli/event-store';

/** What the caller asks beyond the command itself. */
export interface HandleOptions {
  /** The revision the client last saw (HTTP If-Match); a different current revision is a conflict. */
  readonly expectedRevision?: bigint;
  /** A client-chosen key (Idempotency-Key header): a retry returns the original result. */
  readonly idempotencyKey?: string;
  /** Business time of the events when it differs from the command's `now`. */
  readonly occurredAt?: string;
}

/** The outcome of a handled command: its events and where they landed. */
export interface HandleResult<E extends DomainEvent> {
  readonly events: readonly E[];
  /** Revision of the stream after the command (-1n: the stream still does not exist). */
  readonly revision: bigint;
  /** Global position of the last event appended (or already stored, for a retry); null if none. */
  readonly position: bigint | null;
  /** True when the idempotency key had been used: nothing new was appended. */
  readonly replayed: boolean;
}

// Enough for a burst of writers on one stream; each lost race waits a little, with jitter,
// so the racers spread out instead of colliding again in lockstep.
const MAX_ATTEMPTS = 12;

/**
 * The one command path of every service: read the stream, fold it, decide, append with the
 * revision that was read. A concurrent writer makes the append fail; unless the client pinned a
 * revision, the command is decided again on the newer state.
 */
export async function handleCommand<C extends Command, E extends DomainEvent, S>(
  store: EventStore,
  decider: Decider<C, E, S>,
  stream: string,
  command: C,
  options: HandleOptions = {},
): Promise<HandleResult<E>> {
  for (let attempt = 1; ; attempt++) {
    const history = await store.readStream(stream);
    const revision = BigInt(history.length) - 1n;
    const earlier = options.idempotencyKey ? eventsOfKey(history, options.idempotencyKey) : [];
    if (earlier.length > 0) return replayedResult<E>(earlier, revision);
    if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
      throw new WrongExpectedRevision(stream, options.expectedRevision, history.length === 0 ? 'no_stream' : revision);
    }
    const state = history.reduce((s, event) => decider.evolve(s, event as unknown as E), decider.initialState());
    const events = decider.decide(command, state);
    if (events.length === 0) return { events, revision, position: null, replayed: false };
    try {
      const result = await store.appendToStream(stream, events.map((e) => toNewEvent(e, command, options)), {
        expected: history.length === 0 ? 'no_stream' : revision,
      });
      return { events, revision: result.nextExpectedRevision, position: result.position, replayed: false };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevision) || options.expectedRevision !== undefined || attempt >= MAX_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 4 * attempt));
    }
  }
}

function eventsOfKey(history: readonly RecordedEvent[], key: string): RecordedEvent[] {
  return history.filter((event) => event.metadata['idempotencyKey'] === key);
}

function replayedResult<E extends DomainEvent>(earlier: readonly RecordedEvent[], revision: bigint): HandleResult<E> {
  const position = earlier.reduce((max, e) => (e.globalPosition > max ? e.globalPosition : max), 0n);
  return { events: earlier.map((e) => ({ type: e.type, data: e.data }) as unknown as E), revision, position, replayed: true };
}

function toNewEvent(event: DomainEvent, command: Command, options: HandleOptions): NewEvent {
  const { now, actor, correlationId, causationId, reason } = command.metadata;
  return {
    eventId: uuidv7(),
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata: {
      occurredAt: options.occurredAt ?? now,
      actor,
      correlationId,
      causationId,
      ...(reason !== undefined ? { reason } : {}),
      ...(options.idempotencyKey !== undefined ? { idempotencyKey: options.idempotencyKey } : {}),
    },
  };
}
