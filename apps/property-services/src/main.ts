import { runService } from '@linli/service-kit';
import { propertyServicesService } from './property-services.service-definition.js';

await runService(propertyServicesService);
