import { Module, type DynamicModule } from '@nestjs/common';
import { RatingCommands } from './application/rating-commands.js';
import { RatingQueries } from './application/rating-queries.js';
import { ReadGate } from './application/read-gate.js';
import { parseRatingsConfig, RATINGS_CONFIG } from './config/ratings-config.js';
import { AwardsController } from './http/awards.controller.js';
import { CommunitiesController } from './http/communities.controller.js';
import { DashboardController } from './http/dashboard.controller.js';
import { ProjectionsController } from './http/projections.controller.js';
import { RubricsController } from './http/rubrics.controller.js';
import { ProjectionMetrics } from './live/projection-metrics.js';
import { ProjectionReadiness } from './live/projection-readiness.js';
import { RatingsLive } from './live/ratings-live.js';
import { readModelsProvider } from './live/read-models.provider.js';

/** Composition root of the ratings service. */
@Module({
  controllers: [RubricsController, AwardsController, CommunitiesController, DashboardController, ProjectionsController],
  providers: [
    readModelsProvider,
    RatingsLive,
    ReadGate,
    RatingCommands,
    RatingQueries,
    ProjectionMetrics,
    ProjectionReadiness,
  ],
})
export class RatingsModule {
  /** The module with its settings read from the environment, `overrides` first (tests isolate their read models and topics). */
  static configured(overrides: Readonly<Record<string, string>> = {}): DynamicModule {
    return { module: RatingsModule, providers: [{ provide: RATINGS_CONFIG, useFactory: () => parseRatingsConfig({ ...process.env, ...overrides }) }], exports: [] };
  }
}
