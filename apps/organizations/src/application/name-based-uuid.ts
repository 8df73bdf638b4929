import { createHash } from 'node:crypto';

// A fixed namespace for the name-based ids below (RFC 9562 UUIDv5).
const NAMESPACE = Buffer.from('6f1c2a8e4b7d4f0a9c3e5d2b1a0f9e87', 'hex');

/** RFC 9562 version-5 UUID: the same name always gives the same id. */
export function nameBasedUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
