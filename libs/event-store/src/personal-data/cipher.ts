import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** How an encrypted personal value is stored in place of the plain value. */
export interface EncryptedValue {
  readonly $pii: { readonly subject: string; readonly iv: string; readonly tag: string; readonly ct: string };
}

const ALGORITHM = 'aes-256-gcm';
export const KEY_BYTES = 32;

// The subject is authenticated with the ciphertext, so a value cannot be moved to another
// subject's record and decrypted there under the wrong identity.
const aad = (subject: string): Buffer => Buffer.from(`linli.pii.v1:${subject}`, 'utf8');

/** A fresh random AES-256 data key for one data subject. */
export const newDataKey = (): Buffer => randomBytes(KEY_BYTES);

/** Encrypts any JSON value with the subject's key (AES-256-GCM, random 96-bit IV). */
export function encryptValue(key: Buffer, subject: string, value: unknown): EncryptedValue {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv).setAAD(aad(subject));
  const ct = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return { $pii: { subject, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ct: ct.toString('base64') } };
}

/** Decrypts a value made by encryptValue; throws if the key or the ciphertext is wrong. */
export function decryptValue(key: Buffer, encrypted: EncryptedValue): unknown {
  const { subject, iv, tag, ct } = encrypted.$pii;
  const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64')).setAAD(aad(subject));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return JSON.parse(Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]).toString('utf8'));
}

/** True for a stored `{ "$pii": {...} }` object. */
export function isEncryptedValue(value: unknown): value is EncryptedValue {
  if (typeof value !== 'object' || value === null || Object.keys(value).length !== 1) return false;
  const inner = (value as { $pii?: unknown }).$pii;
  if (typeof inner !== 'object' || inner === null) return false;
  const { subject, iv, tag, ct } = inner as Record<string, unknown>;
  return [subject, iv, tag, ct].every((part) => typeof part === 'string');
}

/** Wraps a data key with the key-encryption key, so the database alone never holds usable keys. */
export function wrapKey(kek: Buffer, subject: string, dataKey: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, kek, iv).setAAD(aad(subject));
  const ct = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ct]);
}

export function unwrapKey(kek: Buffer, subject: string, wrapped: Buffer): Buffer {
  const decipher = createDecipheriv(ALGORITHM, kek, wrapped.subarray(0, 12)).setAAD(aad(subject));
  decipher.setAuthTag(wrapped.subarray(12, 28));
  return Buffer.concat([decipher.update(wrapped.subarray(28)), decipher.final()]);
}
