import type { RecordedEvent } from '../envelope.js';
import { decryptValue, isEncryptedValue } from './cipher.js';
import { mapObjects } from './paths.js';

/** The data subjects whose encrypted values appear anywhere in these events. */
export function encryptedSubjects(events: readonly RecordedEvent[]): string[] {
  const subjects = new Set<string>();
  for (const event of events) {
    mapObjects(event.data, (object) => {
      if (!isEncryptedValue(object)) return undefined;
      subjects.add(object.$pii.subject);
      return object; // found: no need to look inside
    });
  }
  return [...subjects];
}

/**
 * Decrypts every encrypted value whose subject still has a key; a forgotten subject's values
 * become the redaction marker `{ $erased: true }`. The rest of the event is returned as stored.
 */
export function revealEvent(event: RecordedEvent, keys: ReadonlyMap<string, Buffer>): RecordedEvent {
  const data = mapObjects(event.data, (object) => {
    if (!isEncryptedValue(object)) return undefined;
    const key = keys.get(object.$pii.subject);
    if (!key) return { $erased: true };
    try {
      return decryptValue(key, object);
    } catch (error) {
      throw new Error(`personal data in event ${event.eventId} does not decrypt with its subject's key: stored data or key store is corrupt`, { cause: error });
    }
  });
  return data === event.data ? event : { ...event, data };
}
