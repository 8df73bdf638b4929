import { decryptValue, encryptValue, isEncryptedValue, SubjectForgotten, type PersonalDataKeyStore } from '@linli/event-store';
import type { MessageOrigin } from './parked-message.js';

/**
 * Keeps parked messages that may carry personal data (an inbound topic such as the 12345 hotline
 * tickets, with the caller's name and phone) unreadable at rest: what is stored in `linli_parked`
 * and copied to the dead-letter topic is sealed; a retry opens it; a skipped message — never to be
 * applied — is forgotten for good (crypto-shredding: its key is destroyed).
 */
export interface ParkedSealer {
  /** The bytes stored and copied to `<group>.dlq` in place of the message's own. */
  seal(groupId: string, origin: MessageOrigin): Promise<Buffer | null>;
  /** The original bytes of a sealed value (a value stored before sealing was on is returned as is). */
  open(groupId: string, origin: MessageOrigin): Promise<Buffer | null>;
  /** Destroys what opens the value. */
  forget(groupId: string, origin: Pick<MessageOrigin, 'topic' | 'partition' | 'offset'>): Promise<void>;
}

/** One data key per parked message, kept (and destroyed) in the personal-data key store. */
const subjectOf = (groupId: string, origin: Pick<MessageOrigin, 'topic' | 'partition' | 'offset'>): string => `parked:${groupId}:${origin.topic}:${origin.partition}:${origin.offset}`;

/** Seals with AES-256-GCM under a per-message key from the personal-data key store. */
export function personalDataSealer(keys: PersonalDataKeyStore): ParkedSealer {
  return {
    async seal(groupId, origin) {
      if (origin.value === null) return null;
      const subject = subjectOf(groupId, origin);
      const key = (await keys.keysFor([subject])).get(subject);
      if (!key) throw new Error(`no data key for ${subject}`);
      return Buffer.from(JSON.stringify(encryptValue(key, subject, origin.value.toString('base64'))), 'utf8');
    },
    async open(groupId, origin) {
      const sealed = parseSealed(origin.value);
      if (!sealed) return origin.value;
      const subject = subjectOf(groupId, origin);
      const key = (await keys.findKeys([subject])).get(subject);
      if (!key) throw new SubjectForgotten([subject]);
      return Buffer.from(decryptValue(key, sealed) as string, 'base64');
    },
    async forget(groupId, origin) {
      await keys.destroyKey(subjectOf(groupId, origin));
    },
  };
}

function parseSealed(value: Buffer | null): Parameters<typeof decryptValue>[1] | undefined {
  if (value === null || value.length === 0 || value[0] !== 0x7b) return undefined;
  try {
    const parsed: unknown = JSON.parse(value.toString('utf8'));
    return isEncryptedValue(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
