import { canonicalJson } from './canonical.js';
import { hashLeafText } from './merkle.js';

/**
 * An event exactly as the log stores it (personal fields in their encrypted form), with positions
 * as decimal strings so that the envelope survives JSON (a KurrentDB position exceeds 64 bits).
 */
export interface AuditedEvent {
  readonly globalPosition: string;
  readonly streamName: string;
  readonly streamRevision: string;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: unknown;
}

/** What a stored event looks like through the event store port (bigint positions). */
export interface StoredEnvelope {
  readonly globalPosition: bigint;
  readonly streamName: string;
  readonly streamRevision: bigint;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: unknown;
}

export function toAuditedEvent(event: StoredEnvelope): AuditedEvent {
  return {
    globalPosition: event.globalPosition.toString(),
    streamName: event.streamName,
    streamRevision: event.streamRevision.toString(),
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
  };
}

const LEAF_FORMAT = 'linli-audit-leaf/1';

/** The text whose UTF-8 bytes a leaf hash covers: every field of the envelope, position and order included. */
export function leafText(event: AuditedEvent): string {
  return canonicalJson({
    format: LEAF_FORMAT,
    globalPosition: event.globalPosition,
    streamName: event.streamName,
    streamRevision: event.streamRevision,
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
  });
}

export const leafBytes = (event: AuditedEvent): Buffer => Buffer.from(leafText(event), 'utf8');

/** The Merkle leaf hash of one stored event: SHA-256(0x00 ‖ leafBytes). */
export const eventLeafHash = (event: AuditedEvent): Buffer => hashLeafText(leafText(event));
