import { asyncApiDocument, type ServiceDefinition } from '@linli/service-kit';
import { DisputesModule } from './disputes.module.js';

const title = 'Linli disputes';
const description = 'Neighbourhood disputes: reporting, the escalation ladder, deadlines, resolution and satisfaction.';

/** The disputes service: port 3002 by default. */
export const disputesService: ServiceDefinition = {
  name: 'disputes',
  defaultPort: 3002,
  module: DisputesModule,
  docs: { title, description, version: '0.1.0', asyncApi: () => asyncApiDocument(title, '0.1.0', description) },
};
