import { runService } from '@linli/service-kit';
import { disputesService } from './disputes.service-definition.js';

await runService(disputesService);
