import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ProjectionCatalog, rebuildRatio } from '@linli/projections';
import type { RatingsReadModels } from '@linli/ratings-read-models';
import { Infrastructure, ServiceMetrics } from '@linli/service-kit';
import { Gauge } from 'prom-client';
import { READ_MODELS } from './read-models.provider.js';
import { RatingsLive } from './ratings-live.js';

/**
 * `linli_projection_lag_events{projection}`: events stored or published but not yet applied (the
 * service's own log plus the Kafka group's lag; every projection shares that feed).
 * `linli_projection_rebuild_progress_ratio{projection}`: a rebuild's position ÷ the log's head, 1
 * when none runs. Both are read at scrape time; a failing source leaves its gauge empty.
 */
@Injectable()
export class ProjectionMetrics implements OnModuleInit {
  constructor(
    @Inject(ServiceMetrics) private readonly metrics: ServiceMetrics,
    @Inject(RatingsLive) private readonly live: RatingsLive,
    @Inject(READ_MODELS) private readonly models: RatingsReadModels,
    @Inject(Infrastructure) private readonly infra: Infrastructure,
  ) {}

  onModuleInit(): void {
    const names = this.models.all.map((projection) => projection.name);
    const live = this.live;
    const catalog = () => new ProjectionCatalog(this.infra.mongo);
    new Gauge({
      name: 'linli_projection_lag_events',
      help: 'Events not yet applied to the projection (own log + Kafka consumer lag)',
      labelNames: ['projection'],
      registers: [this.metrics.registry],
      async collect() {
        this.reset();
        const lag = await live.lag().catch(() => null);
        if (lag !== null) for (const name of names) this.set({ projection: name }, lag.total);
      },
    });
    new Gauge({
      name: 'linli_projection_rebuild_progress_ratio',
      help: 'Progress of a running projection rebuild (from the first event of the log to its head); 1 when none runs',
      labelNames: ['projection'],
      registers: [this.metrics.registry],
      async collect() {
        this.reset();
        const entries = await catalog().entries(names).catch(() => null);
        if (entries === null) return;
        for (const name of names) {
          const rebuild = entries.get(name)?.rebuild;
          this.set({ projection: name }, rebuild ? rebuildRatio(rebuild) : 1);
        }
      },
    });
  }
}
