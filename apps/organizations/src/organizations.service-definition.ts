import { asyncApiDocument, type ServiceDefinition } from '@linli/service-kit';
import { OrganizationsModule } from './organizations.module.js';

const title = 'Linli organizations';
const description = 'Who is who: the party organisation tree, residential communities, self-governing bodies and members.';

/** The organizations service: port 3001 by default. */
export const organizationsService: ServiceDefinition = {
  name: 'organizations',
  defaultPort: 3001,
  module: OrganizationsModule,
  docs: { title, description, version: '0.1.0', asyncApi: () => asyncApiDocument(title, '0.1.0', description) },
};
