import { uuidv7, type Actor, type EventStore } from '@linli/event-store';

/** The stream of a group's operator actions: `messaging.DeadLetters-<group>`. */
export const deadLettersStream = (groupId: string): string => `messaging.DeadLetters-${groupId}`;

/** Stored when an operator retried a parked key. */
export interface DeadLetterRetried {
  readonly groupId: string;
  readonly key: string;
  /** Parked message ids applied by this retry, in order. */
  readonly appliedIds: readonly string[];
  /** The id that failed again, if any; it and the rest of the key stay parked. */
  readonly failedId: string | null;
  readonly error: string | null;
  readonly keyUnparked: boolean;
}

/** Stored when an operator skipped a parked message (it will never be applied). */
export interface DeadLetterSkipped {
  readonly groupId: string;
  readonly key: string;
  readonly parkedId: string;
  readonly eventId: string | null;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

/** Records an operator action as an event, with who did it and why in its metadata. */
export async function recordOperatorAction(
  store: EventStore,
  groupId: string,
  type: 'messaging.DeadLetterRetried' | 'messaging.DeadLetterSkipped',
  data: DeadLetterRetried | DeadLetterSkipped,
  actor: Actor,
  reason: string,
  now: Date,
): Promise<void> {
  const eventId = uuidv7();
  await store.appendToStream(deadLettersStream(groupId), [
    {
      eventId,
      type,
      schemaVersion: 1,
      data: { ...data },
      // An operator action starts its own causal chain.
      metadata: { occurredAt: now.toISOString(), actor, correlationId: eventId, causationId: eventId, reason },
    },
  ]);
}
