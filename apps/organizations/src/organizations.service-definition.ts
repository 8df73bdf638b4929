import { organizationsContracts, organizationsGateway, serviceAsyncApi } from '@linli/contracts';
import { personalDataPolicy } from '@linli/organizations-domain';
import type { ServiceDefinition } from '@linli/service-kit';
import { OrganizationsModule } from './organizations.module.js';

/** The organizations service: port 3001 by default. */
export const organizationsService: ServiceDefinition = {
  name: 'organizations',
  defaultPort: 3001,
  module: OrganizationsModule,
  docs: {
    title: 'Linli organizations',
    description: 'Who is who: the party organisation tree, residential communities, self-governing bodies and members.',
    version: '0.1.0',
    asyncApi: () => serviceAsyncApi('organizations'),
  },
  personalData: personalDataPolicy,
  publishing: { streamPrefixes: ['organizations.'], gateway: organizationsGateway, contracts: organizationsContracts },
};
