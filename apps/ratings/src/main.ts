import { runService } from '@linli/service-kit';
import { ratingsService } from './ratings.service-definition.js';

await runService(ratingsService);
