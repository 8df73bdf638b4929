import type { DisputeEventType } from './dispute/events.js';

/** Where a stored event holds personal data, and whose: the fields to encrypt or erase per subject (PIPL). */
export interface PersonalDataRule {
  /** Path to the pseudonymous subject id that owns the fields (`[]` walks an array). */
  readonly subjectPath: string;
  readonly fields: readonly string[];
}

export type PersonalDataPolicy = Readonly<Partial<Record<DisputeEventType, readonly PersonalDataRule[]>>>;

/** Every disputes event type that holds personal data; events not listed hold none. */
export const personalDataPolicy: PersonalDataPolicy = {
  'disputes.DisputeReported': [{ subjectPath: 'parties[].subjectId', fields: ['parties[].name', 'parties[].phone', 'parties[].room'] }],
};
