import type { Contract } from '../contract.js';
import { ContractViolation } from '../validation/contract-violation.js';
import { isCanonicalUtcDateTime } from '../validation/date-time.js';
import { assertValid } from '../validation/validators.js';
import type { CloudEvent } from './cloud-event.js';

/** What the publisher knows beside the payload: identity, time and causal context. */
export interface CloudEventMeta {
  readonly id: string;
  /** ISO-8601 business time. */
  readonly time: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly position?: bigint;
  readonly streamRevision?: bigint;
  /** The key to use when the contract finds no community in the data (e.g. the stream name). */
  readonly fallbackKey?: string;
  /** W3C trace context of the event (CloudEvents distributed-tracing extension). */
  readonly traceparent?: string;
  readonly tracestate?: string;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Wraps a payload in a CloudEvent of the contract, validating it strictly: a payload that breaks
 * its schema throws ContractViolation here, so it can never be published. The envelope is built
 * here from a checked contract, so only the caller's id and time need checking (the relay calls
 * this for every event: the full envelope validation would double its cost for nothing).
 */
export function toCloudEvent<Data>(contract: Contract<Data>, data: Data, meta: CloudEventMeta): CloudEvent<Data> {
  assertValid(contract.schema, data, 'publish', contract.type, 'data');
  if (typeof meta.id !== 'string' || meta.id === '') throw new ContractViolation(contract.type, [{ field: 'id', rule: 'must be a non-empty string' }]);
  const time = rfc3339(meta.time, contract.type);
  const community = contract.partitionKey(data);
  const key = community ?? meta.fallbackKey;
  // Assigned field by field, not assembled from conditional spreads: such an object serialises
  // about half as fast (measured: 10 vs 5 µs with JSON.stringify on Node 20), and the relay
  // serialises every event it publishes. Same fields in the same order, so the same JSON.
  const event = { specversion: '1.0', id: meta.id, source: contract.source, type: contract.type } as Writable<CloudEvent<Data>>;
  if (community !== undefined) event.subject = community;
  event.time = time;
  event.datacontenttype = 'application/json';
  event.dataschema = contract.dataschema;
  if (meta.correlationId !== undefined) event.correlationid = meta.correlationId;
  if (meta.causationId !== undefined) event.causationid = meta.causationId;
  if (meta.position !== undefined) event.position = meta.position.toString();
  if (meta.streamRevision !== undefined) event.streamrevision = meta.streamRevision.toString();
  if (key !== undefined) event.partitionkey = key;
  if (meta.traceparent !== undefined) event.traceparent = meta.traceparent;
  if (meta.tracestate !== undefined) event.tracestate = meta.tracestate;
  event.data = data;
  return event;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** CloudEvents wants RFC 3339 (seconds included); the store also accepts `…T08:00+08:00`, normalised here to UTC. */
function rfc3339(time: string, eventType: string): string {
  if (isCanonicalUtcDateTime(time)) return time;
  if (ISO_DATE_TIME.test(time) && !Number.isNaN(Date.parse(time))) return time;
  const parsed = Date.parse(time);
  if (Number.isNaN(parsed)) throw new ContractViolation(eventType, [{ field: 'time', rule: 'must be an ISO-8601 date-time' }]);
  return new Date(parsed).toISOString();
}
