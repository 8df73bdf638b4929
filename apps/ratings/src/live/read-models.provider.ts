import type { FactoryProvider } from '@nestjs/common';
import { ratingsReadModels, type RatingsReadModels } from '@linli/ratings-read-models';
import { RATINGS_CONFIG, type RatingsConfig } from '../config/ratings-config.js';

/** Injection token of the service's read models (named by RATINGS_READ_MODEL_PREFIX). */
export const READ_MODELS = Symbol('READ_MODELS');

export const readModelsProvider: FactoryProvider<RatingsReadModels> = {
  provide: READ_MODELS,
  inject: [RATINGS_CONFIG],
  useFactory: (config: RatingsConfig) => ratingsReadModels(config.readModelPrefix),
};
