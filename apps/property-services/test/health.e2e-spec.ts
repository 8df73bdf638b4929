import { serviceSmokeSuite } from '@linli/service-kit/testing';
import { propertyServicesService } from '../src/property-services.service-definition.js';

serviceSmokeSuite(propertyServicesService);
