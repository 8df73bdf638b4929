import { randomUUID } from 'node:crypto';
import { bootService, securitySuite } from '@linli/service-kit/testing';
import { organizationsService } from '../src/organizations.service-definition.js';

securitySuite(organizationsService, {
  boot: (env) => bootService(organizationsService, env),
  command: { path: '/org-units', body: () => ({ type: 'city_party_committee', name: `Security City Committee ${randomUUID().slice(0, 8)}`, effectiveFrom: '2000-01-01' }) },
  list: '/org-units',
});
