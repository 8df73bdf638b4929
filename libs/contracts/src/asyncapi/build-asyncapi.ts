import { cloudEventEnvelopeSchema } from '../cloud-event/cloud-event.js';
import { DEFAULT_PARTITIONS } from '../catalogue/topics.js';
import type { Contract } from '../contract.js';
import { ENVELOPE_SCHEMA, messageOf, topicBindings } from './message.js';

/** What a service's event catalogue describes. */
export interface AsyncApiSpec {
  /** `disputes`, or `linli` for the whole catalogue. */
  readonly service: string;
  readonly version?: string;
  readonly description?: string;
  readonly publishes: readonly Contract[];
  readonly consumes: readonly Contract[];
}

type Action = 'send' | 'receive';

/** Builds the AsyncAPI 3 document of a service: one channel per topic, one operation per topic and direction. */
export function buildAsyncApi(spec: AsyncApiSpec): Record<string, unknown> {
  const channels: Record<string, { address: string; messages: Record<string, object>; bindings: object }> = {};
  const operations: Record<string, object> = {};
  const messages: Record<string, object> = {};
  const schemas: Record<string, object> = { [ENVELOPE_SCHEMA]: cloudEventEnvelopeSchema };
  const add = (action: Action, contracts: readonly Contract[]): void => {
    for (const contract of contracts) {
      const channelId = contract.topic.replaceAll('.', '-');
      const channel = (channels[channelId] ??= { address: contract.topic, messages: {}, bindings: topicBindings(contract.topic, DEFAULT_PARTITIONS) });
      channel.messages[contract.type] = { $ref: `#/components/messages/${contract.type}` };
      messages[contract.type] = messageOf(contract);
      schemas[contract.type] = contract.schema;
      const operationId = `${action === 'send' ? 'publish' : 'consume'}-${channelId}`;
      const operation = (operations[operationId] ??= { action, channel: { $ref: `#/channels/${channelId}` }, messages: [] }) as { messages: object[] };
      operation.messages.push({ $ref: `#/channels/${channelId}/messages/${contract.type}` });
    }
  };
  add('send', spec.publishes);
  add('receive', spec.consumes);
  return {
    asyncapi: '3.0.0',
    info: {
      title: `${spec.service} events`,
      version: spec.version ?? '1.0.0',
      description:
        spec.description ??
        'Public integration events as CloudEvents 1.0 in structured JSON mode: the Kafka value is the whole event, the key is the community id (else the stream name).',
    },
    defaultContentType: 'application/cloudevents+json',
    channels,
    operations,
    components: { messages, schemas },
  };
}
