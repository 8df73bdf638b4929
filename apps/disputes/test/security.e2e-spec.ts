import { securitySuite } from '@linli/service-kit/testing';
import { disputesService } from '../src/disputes.service-definition.js';
import { aReport, bootDisputes, newCommunity } from './support/disputes-api.js';

securitySuite(disputesService, {
  boot: async (env) => (await bootDisputes(env)).service,
  command: { path: '/disputes', body: () => aReport(newCommunity()) },
  list: '/disputes',
});
