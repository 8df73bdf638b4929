import { linliContracts } from '../catalogue/index.js';
import { municipalContracts } from '../catalogue/municipal.js';
import { buildAsyncApi } from './build-asyncapi.js';

/** Where the whole catalogue is checked in (docs/asyncapi.json at the workspace root). */
export const CATALOGUE_DOCUMENT_URL = new URL('../../../../docs/asyncapi.json', import.meta.url);

/** The whole event catalogue: everything Linli publishes and what it accepts from the hotline. */
export function catalogueAsyncApi(): Record<string, unknown> {
  return buildAsyncApi({
    service: 'linli',
    description:
      'The event catalogue of Linli. CloudEvents 1.0 in structured JSON mode (content-type application/cloudevents+json): the Kafka value is the whole event; the key is the community id where the event concerns one, else the private stream name, so one community stays ordered in one partition of its context topic. Extensions: correlationid, causationid, position (event-store global position at the source), streamrevision, partitionkey, and the distributed-tracing traceparent and tracestate (W3C Trace Context; a malformed one is ignored).',
    publishes: linliContracts,
    consumes: municipalContracts,
  });
}
