import { serviceSmokeSuite } from '@linli/service-kit/testing';
import { disputesService } from '../src/disputes.service-definition.js';

// Only the deadline tests run the scheduler (see support/disputes-api.ts); jest gives each test
// file its own copy of process.env.
process.env['DISPUTES_SCHEDULER'] = 'off';

serviceSmokeSuite(disputesService);
