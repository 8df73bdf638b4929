import { fuzzSuite } from '@linli/service-kit/testing';
import { propertyServicesService } from '../src/property-services.service-definition.js';

fuzzSuite(propertyServicesService);
