import { createHash } from 'node:crypto';
import type { NewEvent } from '../envelope.js';

/** Recorded when a data subject's key is destroyed; it carries no personal data, only the id. */
export const SUBJECT_FORGOTTEN = 'personal-data.SubjectForgotten';

/** The stream recording a subject's erasure. */
export const erasureStream = (subjectId: string): string => `personal-data-${subjectId}`;

/**
 * The erasure event. Its id is derived from the subject (a name-based UUIDv8), so a retried
 * forgetSubject finds the event it already wrote and does not record the erasure twice.
 */
export function subjectForgotten(subjectId: string, metadata: NewEvent['metadata']): NewEvent {
  return { eventId: nameBasedUuid(`linli:subject-forgotten:${subjectId}`), type: SUBJECT_FORGOTTEN, schemaVersion: 1, data: { subjectId }, metadata };
}

function nameBasedUuid(name: string): string {
  const bytes = createHash('sha256').update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = 0x80 | (bytes[6] & 0x0f); // version 8: custom, here SHA-256 of a name
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
