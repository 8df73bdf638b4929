import type { EventMetadata, RecordedEvent } from '../envelope.js';

/** The columns every read selects, in the shape toRecordedEvent expects. */
export const EVENT_COLUMNS = `global_position, stream_name, stream_revision, event_id, event_type, schema_version, data, metadata,
  to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at`;

export interface EventRow {
  global_position: bigint;
  stream_name: string;
  stream_revision: bigint;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: unknown;
  metadata: Record<string, unknown>;
  recorded_at: string;
}

/** Maps a stored row to the envelope; recordedAt comes from the database clock, not the caller. */
export function toRecordedEvent(row: EventRow): RecordedEvent {
  // The metadata object was parsed for this row alone: completed in place rather than copied.
  const metadata = row.metadata;
  metadata.recordedAt = row.recorded_at;
  return {
    eventId: row.event_id,
    type: row.event_type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: metadata as unknown as EventMetadata,
    streamName: row.stream_name,
    streamRevision: row.stream_revision,
    globalPosition: row.global_position,
  };
}
