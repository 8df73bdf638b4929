import type { IHeaders } from 'kafkajs';
import type { ParkedMessage, ParkedMessageWithValue, ParkReason } from './parked-message.js';

/** The columns every read selects (value and headers only where a retry needs them). */
export const COLUMNS = `id::text, group_id, key, topic, partition, message_offset::text, event_id, reason, error, attempts, parked_at, status, resolved_by, resolution_reason`;

/** A row of linli_parked as pg returns it. */
export interface ParkedRow {
  id: string;
  group_id: string;
  key: string;
  topic: string;
  partition: number;
  message_offset: string;
  event_id: string | null;
  reason: ParkReason;
  error: string;
  attempts: number;
  parked_at: Date;
  status: ParkedMessage['status'];
  resolved_by: string | null;
  resolution_reason: string | null;
  value?: Buffer | null;
  headers?: Record<string, string>;
}

/** Maps a row; `value` and `headers` are present when the query selected them. */
export function toParked(row: ParkedRow): ParkedMessageWithValue {
  return {
    id: row.id,
    groupId: row.group_id,
    key: row.key,
    topic: row.topic,
    partition: row.partition,
    offset: row.message_offset,
    eventId: row.event_id,
    reason: row.reason,
    error: row.error,
    attempts: row.attempts,
    parkedAt: row.parked_at,
    status: row.status,
    resolvedBy: row.resolved_by,
    resolutionReason: row.resolution_reason,
    value: row.value ?? null,
    headers: (row.headers ?? {}) as IHeaders,
  };
}
