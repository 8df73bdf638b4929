import { disputesContracts, linliContracts, municipalContracts, organizationsContracts, propertyContracts, ratingsContracts } from '../catalogue/index.js';
import type { Contract } from '../contract.js';
import { buildAsyncApi } from './build-asyncapi.js';

/** The Linli services that publish or consume public events. */
export type LinliService = 'organizations' | 'disputes' | 'property-services' | 'ratings';

/**
 * What each service publishes and consumes. Ratings computes its measures and the governance
 * timeline from every other context's public events; disputes takes in 12345 hotline tickets.
 */
export function serviceEvents(service: LinliService): { publishes: readonly Contract[]; consumes: readonly Contract[] } {
  switch (service) {
    case 'organizations':
      return { publishes: organizationsContracts, consumes: [] };
    case 'disputes':
      return { publishes: disputesContracts, consumes: municipalContracts };
    case 'property-services':
      return { publishes: propertyContracts, consumes: [] };
    case 'ratings':
      return { publishes: ratingsContracts, consumes: linliContracts.filter((contract) => /^linli\.[a-z]+\.v\d+$/.test(contract.topic) && !ratingsContracts.includes(contract)) };
  }
}

/** The AsyncAPI 3 document of one service's events, as it serves it at /asyncapi.json. */
export function serviceAsyncApi(service: LinliService): Record<string, unknown> {
  return buildAsyncApi({ service, ...serviceEvents(service) });
}
