import { propertyContracts, propertyGateway, serviceAsyncApi } from '@linli/contracts';
import type { ServiceDefinition } from '@linli/service-kit';
import { parseLedgerConfig } from './config/ledger-config.js';
import { PropertyServicesModule } from './property-services.module.js';

/** The property-services service: port 3003 by default. */
export const propertyServicesService: ServiceDefinition = {
  name: 'property-services',
  defaultPort: 3003,
  module: PropertyServicesModule,
  docs: {
    title: 'Linli property-services',
    description: "Property service companies, contracts and coverage, fees, and the owners' committee's public ledger and statements.",
    version: '0.1.0',
    asyncApi: () => serviceAsyncApi('property-services'),
  },
  publishing: { streamPrefixes: ['property.'], gateway: propertyGateway, contracts: propertyContracts },
  validateEnvironment: (env) => void parseLedgerConfig(env),
};
