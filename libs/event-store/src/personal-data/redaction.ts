/**
 * What readers see in place of a personal value whose data subject was forgotten. An object, not
 * a string, so it can never be mistaken for a real name or phone number.
 */
export const ERASED = Object.freeze({ $erased: true as const });

export type Erased = typeof ERASED;

/** True for the redaction marker (as returned by reads, or after a JSON round trip). */
export function isErased(value: unknown): value is Erased {
  return typeof value === 'object' && value !== null && (value as { $erased?: unknown }).$erased === true && Object.keys(value).length === 1;
}
