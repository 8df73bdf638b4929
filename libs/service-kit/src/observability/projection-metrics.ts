import { Inject, Injectable } from '@nestjs/common';
import { observedRunners, ProjectionCatalog, rebuildRatio } from '@linli/projections';
import { Gauge } from 'prom-client';
import { Infrastructure } from '../health/infrastructure.js';
import { ServiceMetrics } from './metrics.js';

/** Read models fed some other way than the projections runner (e.g. from Kafka): how far behind they are. */
export interface ProjectionLagSource {
  readonly projections: readonly string[];
  /** Events not applied yet; null when it cannot be told now. */
  lag(): Promise<number | null>;
}

const LAG_CAP = 100_000;

/**
 * `linli_projection_lag_events{projection}`: events stored (or published) that a read model has not
 * applied yet, from every projections runner of the process and every source a service adds.
 * `linli_projection_rebuild_progress_ratio{projection}`: a running rebuild's progress (0..1) from
 * the projection catalog, 1 when none runs. Both are read at scrape time; a failing source leaves
 * its series out of that scrape rather than failing /metrics.
 */
@Injectable()
export class ProjectionMetrics {
  private readonly sources = new Set<ProjectionLagSource>();

  constructor(@Inject(ServiceMetrics) metrics: ServiceMetrics, @Inject(Infrastructure) infra: Infrastructure) {
    const lagSources = () => [
      ...observedRunners().map((runner) => ({ projections: runner.projections, lag: () => runner.lag(LAG_CAP) })),
      ...this.sources,
    ];
    new Gauge({
      name: 'linli_projection_lag_events',
      help: 'Events not yet applied to the projection (counted up to 100000)',
      labelNames: ['projection'],
      registers: [metrics.registry],
      async collect() {
        this.reset();
        for (const source of lagSources()) {
          const lag = await source.lag().catch(() => null);
          if (lag !== null) for (const projection of source.projections) this.set({ projection }, lag);
        }
      },
    });
    new Gauge({
      name: 'linli_projection_rebuild_progress_ratio',
      help: 'Progress of a running projection rebuild (from the first event of the log to its head); 1 when none runs',
      labelNames: ['projection'],
      registers: [metrics.registry],
      async collect() {
        this.reset();
        const names = [...new Set(lagSources().flatMap((source) => source.projections))];
        if (names.length === 0 || infra.mongo.readyState !== 1) return;
        const entries = await new ProjectionCatalog(infra.mongo).entries(names).catch(() => null);
        if (entries === null) return;
        for (const name of names) {
          const rebuild = entries.get(name)?.rebuild;
          this.set({ projection: name }, rebuild ? rebuildRatio(rebuild) : 1);
        }
      },
    });
  }

  /** Adds read models the projections runner does not feed; returns its removal. */
  add(source: ProjectionLagSource): () => void {
    this.sources.add(source);
    return () => void this.sources.delete(source);
  }
}
