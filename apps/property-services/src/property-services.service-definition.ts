import { asyncApiDocument, type ServiceDefinition } from '@linli/service-kit';
import { PropertyServicesModule } from './property-services.module.js';

const title = 'Linli property-services';
const description = "Property service companies, contracts and coverage, fees, and the owners' committee's public ledger and statements.";

/** The property-services service: port 3003 by default. */
export const propertyServicesService: ServiceDefinition = {
  name: 'property-services',
  defaultPort: 3003,
  module: PropertyServicesModule,
  docs: { title, description, version: '0.1.0', asyncApi: () => asyncApiDocument(title, '0.1.0', description) },
};
