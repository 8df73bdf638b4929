import { fuzzSuite } from '@linli/service-kit/testing';
import { ratingsService } from '../src/ratings.service-definition.js';
import { bootRatings } from './support/boot-ratings.js';

fuzzSuite(ratingsService, (env) => bootRatings({}, env));
