// Public, versioned integration events: contracts (JSON Schema), CloudEvents envelope, gateways,
// the schema lock and the AsyncAPI catalogue. Pure: no Nest, Kafka or database code here.
export { defineContract, schemaUrn, type Contract, type ContractDefinition } from './contract.js';
export type { JsonSchema, JsonType } from './json-schema.js';
export { ContractRegistry } from './registry.js';
export * from './catalogue/index.js';
export { CLOUDEVENTS_CONTENT_TYPE, cloudEventEnvelopeSchema, type CloudEvent } from './cloud-event/cloud-event.js';
export { toCloudEvent, type CloudEventMeta } from './cloud-event/to-cloud-event.js';
export { parseCloudEvent, type ContractEvent } from './cloud-event/parse-cloud-event.js';
export { ContractViolation, type Violation } from './validation/contract-violation.js';
export { assertValid, type Strictness } from './validation/validators.js';
export { gatewayFrom, publicEvent, publish, type Gateway, type GatewayMappings, type PublicEvent, type StoredEventLike } from './gateway/gateway.js';
export { coverageOf, from, instant, type GatewayCoverage } from './gateway/mapping.js';
export { organizationsCoverage, organizationsGateway } from './gateway/organizations-gateway.js';
export { disputesCoverage, disputesGateway, exampleDisputesGateway } from './gateway/disputes-gateway.js';
export { propertyCoverage, propertyGateway } from './gateway/property-gateway.js';
export { ratingsCoverage, ratingsGateway, scoreBasisPoints } from './gateway/ratings-gateway.js';
export { allGateways, gatewayForStream, type ContextGateway } from './gateway/gateways.js';
export type { MirrorDrift, NoMirrorDrift } from './gateway/mirror.js';
export type { OrganizationsStoredEvents } from './gateway/private/organizations-events.js';
export type { DisputesStoredEvents } from './gateway/private/disputes-events.js';
export type { PropertyStoredEvents } from './gateway/private/property-events.js';
export type { RatingsStoredEvents } from './gateway/private/ratings-events.js';
export { breakingChanges, type BreakingChange } from './compatibility/breaking-changes.js';
export { checkAgainstLock, relock, SCHEMA_LOCK_URL, type LockReport, type SchemaLock } from './compatibility/schema-lock.js';
export { buildAsyncApi, type AsyncApiSpec } from './asyncapi/build-asyncapi.js';
export { exampleCloudEvent } from './asyncapi/message.js';
export { CATALOGUE_DOCUMENT_URL, catalogueAsyncApi } from './asyncapi/catalogue-document.js';
export { serviceAsyncApi, serviceEvents, type LinliService } from './asyncapi/service-document.js';
