import { asyncApiDocument, type ServiceDefinition } from '@linli/service-kit';
import { RatingsModule } from './ratings.module.js';

const title = 'Linli ratings';
const description = 'Star ratings of communities under versioned rubrics, awards, governance history and county dashboards.';

/** The ratings service: port 3004 by default. */
export const ratingsService: ServiceDefinition = {
  name: 'ratings',
  defaultPort: 3004,
  module: RatingsModule,
  docs: { title, description, version: '0.1.0', asyncApi: () => asyncApiDocument(title, '0.1.0', description) },
};
