import { serviceSmokeSuite } from '@linli/service-kit/testing';
import { disputesService } from '../src/disputes.service-definition.js';

serviceSmokeSuite(disputesService);
