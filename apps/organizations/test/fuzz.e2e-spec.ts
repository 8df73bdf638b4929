import { fuzzSuite } from '@linli/service-kit/testing';
import { organizationsService } from '../src/organizations.service-definition.js';

fuzzSuite(organizationsService);
