import { ratingsContracts, ratingsGateway, serviceAsyncApi } from '@linli/contracts';
import type { ServiceDefinition } from '@linli/service-kit';
import { parseRatingsConfig } from './config/ratings-config.js';
import { RatingsModule } from './ratings.module.js';

/**
 * The ratings service, its settings read from the environment with `overrides` first: port 3004 by
 * default. `relay: false` leaves out the relay of its public events (tests that boot several copies).
 */
export const ratingsServiceWith = (overrides: Readonly<Record<string, string>> = {}, { relay = true } = {}): ServiceDefinition => ({
  name: 'ratings',
  defaultPort: 3004,
  module: RatingsModule.configured(overrides),
  docs: {
    title: 'Linli ratings',
    description: 'Star ratings of communities under versioned rubrics, awards, governance history and county dashboards.',
    version: '0.1.0',
    asyncApi: () => serviceAsyncApi('ratings'),
  },
  ...(relay && { publishing: { streamPrefixes: ['ratings.'], gateway: ratingsGateway, contracts: ratingsContracts } }),
  deadLetters: true,
  validateEnvironment: (env) => void parseRatingsConfig({ ...env, ...overrides }),
});

export const ratingsService: ServiceDefinition = ratingsServiceWith();
