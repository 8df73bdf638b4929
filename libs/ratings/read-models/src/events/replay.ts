import { gatewayForStream, publish } from '@linli/contracts';
import type { EventFilter, RecordedEvent } from '@linli/event-store';
import type { ProjectedEvent } from '@linli/projections';
import { CONSUMED_TOPICS, projectedFromCloudEvent, projectedFromOwnEvent, RATINGS_STREAM_PREFIX } from './projected.js';

/** The streams a rebuild of the ratings read models reads: the four contexts'. */
export const REPLAY_FILTER: EventFilter = { streamPrefixes: ['organizations.', 'disputes.', 'property.', RATINGS_STREAM_PREFIX] };

/**
 * What a rebuild makes of a stored event: the service's own events as they are (as its own tail
 * reads them live); another context's through that context's gateway, exactly as its relay
 * publishes it, and only if its topic is consumed live. Null: the read models never see it.
 */
export function replayedEvent(stored: RecordedEvent): ProjectedEvent | null {
  if (stored.streamName.startsWith(RATINGS_STREAM_PREFIX)) return projectedFromOwnEvent(stored);
  const gateway = gatewayForStream(stored.streamName);
  const published = gateway ? publish(gateway, stored) : null;
  if (published === null || !CONSUMED_TOPICS.includes(published.contract.topic)) return null;
  return projectedFromCloudEvent(published.event);
}
