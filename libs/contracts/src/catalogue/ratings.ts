import type { Contract } from '../contract.js';
import { awardAmendedV1, awardRevokedV1, starsAwardedV1 } from './ratings-awards.js';
import { rubricVersionPublishedV1 } from './ratings-rubrics.js';

export * from './ratings-awards.js';
export * from './ratings-rubrics.js';

/** Every public event of the ratings service (topic linli.ratings.v1). */
export const ratingsContracts: readonly Contract[] = [rubricVersionPublishedV1, starsAwardedV1, awardAmendedV1, awardRevokedV1];
