import { createHash } from 'node:crypto';
import { uuidv7 } from '@linli/event-store';
import type { CommandContext } from '@linli/service-kit';

// Namespace of the name-based ids this service derives (RFC 9562 version 5).
const NAMESPACE = '3c8f7e2a-91d4-4b6e-a5f0-7d2e9c1b4a68';

/**
 * The id of something a command creates: the client's own id if it sent one; else, with an
 * Idempotency-Key, an id derived from the actor, the key, the kind and its scope, so a retry
 * lands on the same stream (where the key is found and the first answer repeated) instead of
 * creating a twin; else a fresh UUIDv7.
 */
export function newAggregateId(kind: string, scope: string, context: CommandContext, clientId?: string | null): string {
  if (clientId) return clientId;
  if (context.idempotencyKey) return nameBasedUuid(`${context.actor.id} ${context.idempotencyKey} ${kind} ${scope}`);
  return uuidv7();
}

/** A version-5 UUID: the same name always gives the same id. */
export function nameBasedUuid(name: string, namespace = NAMESPACE): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
