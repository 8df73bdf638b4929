import type { Contract } from '../contract.js';
import type { ContractEvent } from '../cloud-event/parse-cloud-event.js';
import { toCloudEvent } from '../cloud-event/to-cloud-event.js';

/**
 * The shape of a stored event a gateway reads. Structural on purpose: contracts may not depend on
 * the event store, and the store's RecordedEvent satisfies it as it is.
 */
export interface StoredEventLike {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: { readonly occurredAt: string; readonly correlationId: string; readonly causationId: string; readonly traceparent?: string; readonly tracestate?: string };
  readonly streamName: string;
  readonly streamRevision: bigint;
  readonly globalPosition: bigint;
}

/** A public integration event before it is wrapped: its contract and its payload. */
export interface PublicEvent<Data = unknown> {
  readonly contract: Contract<Data>;
  readonly data: Data;
}

/**
 * Maps one private stored event to its public event, or null when the event stays private. Pure:
 * the relay and read-model rebuilds pass the same stored events through it and get the same events.
 */
export type Gateway = (stored: StoredEventLike) => PublicEvent | null;

/** Pairs a contract with a payload, type-checked against the contract's data type. */
export const publicEvent = <Data>(contract: Contract<Data>, data: Data): PublicEvent<Data> => ({ contract, data });

/** One mapping per stored type; a gateway built from it returns null for every other type. */
export type GatewayMappings = Readonly<Record<string, (stored: StoredEventLike) => PublicEvent | null>>;

/** Builds a gateway from per-type mappings. */
export function gatewayFrom(mappings: GatewayMappings): Gateway {
  return (stored) => (Object.hasOwn(mappings, stored.type) ? mappings[stored.type](stored) : null);
}

/**
 * The CloudEvent a stored event becomes, or null if it is private. The id is the stored event id,
 * so a republished event (relay restart, rebuild) is recognisably the same event.
 */
export function publish(gateway: Gateway, stored: StoredEventLike): ContractEvent | null {
  const mapped = gateway(stored);
  if (mapped === null) return null;
  const event = toCloudEvent(mapped.contract, mapped.data, {
    id: stored.eventId,
    time: stored.metadata.occurredAt,
    correlationId: stored.metadata.correlationId,
    causationId: stored.metadata.causationId,
    position: stored.globalPosition,
    streamRevision: stored.streamRevision,
    fallbackKey: stored.streamName,
    // Passed on as stored (a string check per event; anything else would make the envelope invalid
    // for every consumer): a relay with tracing on replaces it with its publish span's.
    traceparent: typeof stored.metadata.traceparent === 'string' ? stored.metadata.traceparent : undefined,
    tracestate: typeof stored.metadata.tracestate === 'string' ? stored.metadata.tracestate : undefined,
  });
  return { contract: mapped.contract, event };
}
