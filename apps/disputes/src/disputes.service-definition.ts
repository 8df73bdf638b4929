import { disputesContracts, disputesGateway, serviceAsyncApi } from '@linli/contracts';
import { personalDataPolicy } from '@linli/disputes-domain';
import type { ServiceDefinition } from '@linli/service-kit';
import { parseDisputesConfig } from './config/disputes-config.js';
import { DisputesModule } from './disputes.module.js';

/** The disputes service: port 3002 by default. */
export const disputesService: ServiceDefinition = {
  name: 'disputes',
  defaultPort: 3002,
  module: DisputesModule,
  docs: {
    title: 'Linli disputes',
    description: 'Neighbourhood disputes: reporting, the escalation ladder, deadlines, resolution and satisfaction.',
    version: '0.1.0',
    asyncApi: () => serviceAsyncApi('disputes'),
  },
  publishing: { streamPrefixes: ['disputes.'], gateway: disputesGateway, contracts: disputesContracts },
  personalData: personalDataPolicy,
  // The hotline consumer's parked tickets: list, retry and skip them over HTTP (and `linli dlq --service disputes`).
  deadLetters: true,
  validateEnvironment: (env) => void parseDisputesConfig(env),
};
