import { disputesCoverage, disputesGateway } from './disputes-gateway.js';
import type { Gateway } from './gateway.js';
import type { GatewayCoverage } from './mapping.js';
import { organizationsCoverage, organizationsGateway } from './organizations-gateway.js';
import { propertyCoverage, propertyGateway } from './property-gateway.js';
import { ratingsCoverage, ratingsGateway } from './ratings-gateway.js';

/** A context's gateway with the stream prefix its stored events are found under. */
export interface ContextGateway {
  readonly context: 'organizations' | 'disputes' | 'property' | 'ratings';
  /** Every stream of the context starts with it (`disputes.Dispute-<id>`, `property.Ledger-<id>`…). */
  readonly streamPrefix: string;
  readonly gateway: Gateway;
  readonly coverage: GatewayCoverage;
}

/** Every context's gateway, for a relay or a rebuild that reads several contexts' streams. */
export const allGateways: readonly ContextGateway[] = Object.freeze([
  { context: 'organizations', streamPrefix: 'organizations.', gateway: organizationsGateway, coverage: organizationsCoverage },
  { context: 'disputes', streamPrefix: 'disputes.', gateway: disputesGateway, coverage: disputesCoverage },
  { context: 'property', streamPrefix: 'property.', gateway: propertyGateway, coverage: propertyCoverage },
  { context: 'ratings', streamPrefix: 'ratings.', gateway: ratingsGateway, coverage: ratingsCoverage },
]);

/** The gateway of the context a stream belongs to, by its prefix; undefined for a stream of no context. */
export function gatewayForStream(streamName: string): Gateway | undefined {
  return allGateways.find((context) => streamName.startsWith(context.streamPrefix))?.gateway;
}
