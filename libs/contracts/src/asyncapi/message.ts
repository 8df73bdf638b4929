import { CLOUDEVENTS_CONTENT_TYPE } from '../cloud-event/cloud-event.js';
import { toCloudEvent } from '../cloud-event/to-cloud-event.js';
import type { Contract } from '../contract.js';

/** The catalogue's component name of the CloudEvents envelope schema. */
export const ENVELOPE_SCHEMA = 'CloudEventEnvelope';
const KAFKA_BINDING_VERSION = '0.5.0';

/** The AsyncAPI message object of a contract: the whole CloudEvent is the Kafka value. */
export function messageOf(contract: Contract): object {
  return {
    name: contract.type,
    title: contract.type,
    summary: contract.summary,
    contentType: CLOUDEVENTS_CONTENT_TYPE.split(';')[0],
    headers: {
      type: 'object',
      properties: { 'content-type': { type: 'string', const: CLOUDEVENTS_CONTENT_TYPE } },
    },
    payload: {
      allOf: [
        { $ref: `#/components/schemas/${ENVELOPE_SCHEMA}` },
        {
          type: 'object',
          properties: {
            type: { type: 'string', const: contract.type },
            source: { type: 'string', const: contract.source },
            dataschema: { type: 'string', const: contract.dataschema },
            data: { $ref: `#/components/schemas/${contract.type}` },
          },
        },
      ],
    },
    bindings: {
      kafka: {
        key: { type: 'string', description: 'The community id where the event concerns one, else the private stream name: one community stays in one partition.' },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
    examples: [{ name: 'example', summary: `A ${contract.type} event`, payload: exampleCloudEvent(contract) }],
  };
}

/** The contract's example wrapped as the CloudEvent a consumer would receive. */
export function exampleCloudEvent(contract: Contract): object {
  const ours = contract.source.startsWith('/linli/');
  return toCloudEvent(contract, contract.example, {
    id: '019ad3a4-5e6f-7a8b-9c0d-1e2f3a4b5c6d',
    time: '2025-11-30T08:00:00.000Z',
    correlationId: '019ad3a4-0000-7000-8000-000000000001',
    causationId: '019ad3a4-0000-7000-8000-000000000002',
    // Only Linli's relay knows event-store positions; a municipal platform sends none.
    ...(ours && { position: 1_048_577n, streamRevision: 0n, fallbackKey: exampleStream(contract.example) }),
  });
}

/** The private stream an example without a community would come from (its key), named after the aggregate's id. */
function exampleStream(example: unknown): string {
  const { unitId, memberId, companyId, rubricId } = example as Record<string, string | undefined>;
  if (unitId !== undefined) return `organizations.unit-${unitId}`;
  if (memberId !== undefined) return `organizations.member-${memberId}`;
  if (companyId !== undefined) return `property.Company-${companyId}`;
  if (rubricId !== undefined) return `ratings.Rubric-${rubricId}`;
  return 'organizations.unit-unit-yg-0089';
}

/** The AsyncAPI channel bindings of a topic. */
export const topicBindings = (topic: string, partitions: number): object => ({
  kafka: { topic, partitions, bindingVersion: KAFKA_BINDING_VERSION },
});
