import { serviceSmokeSuite } from '@linli/service-kit/testing';
import { ratingsService } from '../src/ratings.service-definition.js';

serviceSmokeSuite(ratingsService);
