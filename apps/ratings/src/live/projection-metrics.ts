import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { RatingsReadModels } from '@linli/ratings-read-models';
import { ProjectionMetrics as KitProjectionMetrics } from '@linli/service-kit';
import { READ_MODELS } from './read-models.provider.js';
import { RatingsLive } from './ratings-live.js';

/**
 * Feeds the kit's `linli_projection_lag_events{projection}` with how far the ratings read models
 * are behind: the service's own log plus the Kafka group's lag (every projection shares that feed).
 * The kit also reports `linli_projection_rebuild_progress_ratio` for these projections.
 */
@Injectable()
export class ProjectionMetrics implements OnModuleInit {
  constructor(
    @Inject(KitProjectionMetrics) private readonly metrics: KitProjectionMetrics,
    @Inject(RatingsLive) private readonly live: RatingsLive,
    @Inject(READ_MODELS) private readonly models: RatingsReadModels,
  ) {}

  onModuleInit(): void {
    const live = this.live;
    this.metrics.add({
      projections: this.models.all.map((projection) => projection.name),
      lag: async () => (await live.lag())?.total ?? null,
    });
  }
}
