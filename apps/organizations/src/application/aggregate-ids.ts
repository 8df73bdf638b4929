import { uuidv7 } from '@linli/event-store';
import type { CommandContext } from '@linli/service-kit';
import { nameBasedUuid } from './name-based-uuid.js';

/**
 * The id of an aggregate a command creates: the client's own when given; else, with an
 * Idempotency-Key, one derived from the actor and the key, so a retry lands on the same stream and
 * is answered with the first result instead of creating a twin; else a fresh UUIDv7.
 */
export function newAggregateId(kind: string, clientId: string | undefined, context: CommandContext): string {
  if (clientId !== undefined) return clientId;
  if (context.idempotencyKey !== undefined) return nameBasedUuid(`${kind}:${context.actor.id}:${context.idempotencyKey}`);
  return uuidv7();
}
