import { createHash } from 'node:crypto';

// Name-based UUIDs (RFC 9562 version 5): the same name in the same namespace always gives the
// same id, so a retried creation, a redelivered hotline ticket or a re-run seed names the same
// dispute instead of creating another.

/** Namespaces of the names the disputes service turns into dispute ids. */
export const ID_NAMESPACES = {
  /** 12345 hotline ticket ids. */
  hotlineTicket: '6f1d3a52-2a8e-4c1b-9a57-3c0f8e2d7b41',
  /** The caller of a 12345 hotline ticket, as a pseudonymous data subject of its own. */
  hotlineCaller: '9d4e2b7a-61c3-4f58-a0e9-2b7c5d13f846',
  /** `<actor id> <Idempotency-Key>` of a report sent without a dispute id. */
  idempotentReport: '0b7e9c14-5d2f-4e8a-b3c6-91a4f0d2e857',
  /** `<seed>/<n>` of the demo data generator. */
  seed: 'c2a8f3e1-7b4d-4f60-8e19-5a3d2c6b9f07',
} as const;

export function nameBasedUuid(namespace: string, name: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50; // version 5
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80; // RFC variant
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of a dispute being reported: the client's, else one named by the caller's Idempotency-Key
 * (so a retried report lands on the same stream and is answered from it), else a new UUIDv7.
 */
export function disputeIdForReport(requested: string | undefined, caller: { actorId: string; idempotencyKey?: string }, fresh: () => string): string {
  if (requested !== undefined) return requested;
  return caller.idempotencyKey === undefined ? fresh() : nameBasedUuid(ID_NAMESPACES.idempotentReport, `${caller.actorId} ${caller.idempotencyKey}`);
}
