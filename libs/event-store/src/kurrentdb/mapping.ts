import {
  type AllStreamResolvedEvent,
  type AppendStreamState,
  eventTypeFilter,
  excludeSystemEvents,
  type Filter,
  jsonEvent,
  type ResolvedEvent,
  streamNameFilter,
} from '@kurrent/kurrentdb-client';
import type { EventMetadata, NewEvent, RecordedEvent } from '../envelope.js';
import type { EventFilter, ExpectedRevision } from '../port.js';
import { encodePosition } from './positions.js';

// KurrentDB has no schema-version field: it travels in the metadata under a reserved key, next to
// $correlationId/$causationId, which KurrentDB's own projections understand.
const SCHEMA_VERSION = '$schemaVersion';

/** The port's expectation as KurrentDB's stream state (the same four cases). */
export const toStreamState = (expected: ExpectedRevision): AppendStreamState => expected;

export function toEventData(event: NewEvent) {
  return jsonEvent({
    id: event.eventId,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: { ...event.metadata, $correlationId: event.metadata.correlationId, $causationId: event.metadata.causationId, [SCHEMA_VERSION]: event.schemaVersion },
  });
}

/** The envelope of a stored KurrentDB event; null for system events, links and non-JSON records. */
export function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | null {
  const event = resolved.event;
  if (!event || !event.isJson || event.type.startsWith('$') || event.streamId.startsWith('$')) return null;
  const stored = (event.metadata ?? {}) as Record<string, unknown>;
  const metadata = Object.fromEntries(Object.entries(stored).filter(([key]) => !key.startsWith('$')));
  const position = event.position ?? (resolved.commitPosition === undefined ? undefined : { commit: resolved.commitPosition, prepare: resolved.commitPosition });
  return {
    eventId: event.id,
    type: event.type,
    schemaVersion: typeof stored[SCHEMA_VERSION] === 'number' ? stored[SCHEMA_VERSION] : 1,
    data: event.data,
    metadata: { ...metadata, recordedAt: event.created.toISOString() } as EventMetadata,
    streamName: event.streamId,
    streamRevision: event.revision,
    globalPosition: position ? encodePosition(position) : 0n,
  };
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The server-side part of a filter. KurrentDB filters on one field at a time, so stream prefixes
 * go to the server and event types are then checked in the adapter (matchesFilter).
 */
export function serverFilter(filter: EventFilter | undefined): Filter {
  if (filter?.streamPrefixes) return streamNameFilter({ prefixes: [...filter.streamPrefixes] });
  if (filter?.eventTypes) return eventTypeFilter({ regex: `^(?:${filter.eventTypes.map(escapeRegex).join('|')})$` });
  return excludeSystemEvents();
}
