import { fuzzSuite } from '@linli/service-kit/testing';
import { disputesService } from '../src/disputes.service-definition.js';
import { bootDisputes } from './support/disputes-api.js';

fuzzSuite(disputesService, async (env) => (await bootDisputes(env)).service);
