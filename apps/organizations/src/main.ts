import { runService } from '@linli/service-kit';
import { organizationsService } from './organizations.service-definition.js';

await runService(organizationsService);
