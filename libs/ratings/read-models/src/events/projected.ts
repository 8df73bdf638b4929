import { catalogue, DISPUTES_TOPIC, ORGANIZATIONS_TOPIC, PROPERTY_TOPIC, type CloudEvent, type Contract } from '@linli/contracts';
import type { RecordedEvent } from '@linli/event-store';
import type { ProjectedEvent } from '@linli/projections';

/** The ratings service's own events reach its read models from its own log, private shapes and all. */
export const RATINGS_SOURCE = '/linli/ratings';
export const RATINGS_STREAM_PREFIX = 'ratings.';

/** What the other contexts publish that the read models consume live (the hotline outcomes topic is not among them). */
export const CONSUMED_TOPICS: readonly string[] = [ORGANIZATIONS_TOPIC, DISPUTES_TOPIC, PROPERTY_TOPIC];
export const consumedContracts: readonly Contract[] = catalogue.filter((contract) => CONSUMED_TOPICS.includes(contract.topic));
const consumedTypes = new Set(consumedContracts.map((contract) => contract.type));

/** True for a public event type the read models consume. */
export const isConsumed = (type: string): boolean => consumedTypes.has(type);

/**
 * A public event as every ratings projection sees it, built the same way from a consumed Kafka
 * message and from an event a rebuild passed through the same gateway: same id, type, data, time,
 * source, position and ordering key (the Kafka key), so live and rebuild apply the same thing.
 */
export function projectedFromCloudEvent(event: CloudEvent): ProjectedEvent {
  if (event.position === undefined) throw new RangeError(`${event.type} ${event.id} carries no position: it cannot be applied exactly once`);
  return {
    eventId: event.id,
    type: event.type,
    data: event.data,
    occurredAt: event.time,
    source: event.source,
    position: BigInt(event.position),
    ...(event.partitionkey !== undefined && { orderingKey: event.partitionkey }),
  };
}

/** One of the ratings service's own stored events, with who acted (read from its own log, in order). */
export function projectedFromOwnEvent(event: RecordedEvent): ProjectedEvent {
  const { actor } = event.metadata;
  return {
    eventId: event.eventId,
    type: event.type,
    data: event.data,
    occurredAt: event.metadata.occurredAt,
    source: RATINGS_SOURCE,
    position: event.globalPosition,
    streamName: event.streamName,
    metadata: { actorId: actor.id, actorRole: actor.role },
  };
}
