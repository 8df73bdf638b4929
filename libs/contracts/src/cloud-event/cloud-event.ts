import type { JsonSchema } from '../json-schema.js';

/** Kafka `content-type` of structured-mode CloudEvents: the whole event is the message value. */
export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=UTF-8';

/**
 * A CloudEvents 1.0 event as Linli publishes it (structured JSON mode). Extension attribute names
 * are lower-case alphanumerics of at most 20 characters, as the specification requires.
 */
export interface CloudEvent<Data = unknown> {
  readonly specversion: '1.0';
  /** The stored event id: a redelivery or a relay restart repeats it, so consumers dedupe on it. */
  readonly id: string;
  /** `/linli/<service>` for our events. */
  readonly source: string;
  /** `cn.linli.<context>.<event-name>.v<n>`. */
  readonly type: string;
  /** The community id where the event concerns one. */
  readonly subject?: string;
  /** Business time (the stored event's occurredAt). */
  readonly time: string;
  readonly datacontenttype: 'application/json';
  /** URN of the payload schema in the event catalogue. */
  readonly dataschema?: string;
  /** Extension: the business transaction this event belongs to. */
  readonly correlationid?: string;
  /** Extension: the message (command or event) that caused it. */
  readonly causationid?: string;
  /** Extension: the event-store global position at the source (decimal string; per source). */
  readonly position?: string;
  /** Extension: the revision of the private stream the event was stored in (decimal string). */
  readonly streamrevision?: string;
  /** Extension (CloudEvents Partitioning): the Kafka key. */
  readonly partitionkey?: string;
  /** Extension (CloudEvents Distributed Tracing): W3C `traceparent` of the span that published it; a malformed one is ignored. */
  readonly traceparent?: string;
  /** Extension (CloudEvents Distributed Tracing): W3C `tracestate`, vendor data beside the traceparent. */
  readonly tracestate?: string;
  readonly data: Data;
}

const text: JsonSchema = { type: 'string', minLength: 1 };
const decimal: JsonSchema = { type: 'string', pattern: '^(0|[1-9][0-9]*)$' };

/** The envelope rules every Linli CloudEvent obeys; `data` is checked against its contract separately. */
export const cloudEventEnvelopeSchema: JsonSchema = {
  title: 'CloudEvents 1.0 envelope (Linli profile, structured mode)',
  type: 'object',
  required: ['specversion', 'id', 'source', 'type', 'time', 'datacontenttype', 'data'],
  propertyNames: { pattern: '^[a-z0-9]{1,20}$' },
  properties: {
    specversion: { const: '1.0' },
    id: text,
    source: { type: 'string', format: 'uri-reference', minLength: 1 },
    type: text,
    subject: text,
    time: { type: 'string', format: 'date-time' },
    datacontenttype: { const: 'application/json' },
    dataschema: { type: 'string', format: 'uri' },
    correlationid: text,
    causationid: text,
    position: decimal,
    streamrevision: decimal,
    partitionkey: text,
    traceparent: { type: 'string' },
    tracestate: { type: 'string' },
    data: { type: 'object' },
  },
};
