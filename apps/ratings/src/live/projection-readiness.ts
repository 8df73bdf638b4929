import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ReadinessChecks, type ReadinessReport } from '@linli/service-kit';
import { RATINGS_CONFIG, type RatingsConfig } from '../config/ratings-config.js';
import { RatingsLive } from './ratings-live.js';

/**
 * The `projections` indicator of `/health/ready`: down only when the read models are far behind
 * (more than RATINGS_PROJECTION_LAG_THRESHOLD events), so a short backlog or a read models
 * start-up in progress never takes the service out of rotation.
 */
@Injectable()
export class ProjectionReadiness implements OnModuleInit {
  constructor(
    @Inject(RatingsLive) private readonly live: RatingsLive,
    @Inject(RATINGS_CONFIG) private readonly config: RatingsConfig,
    @Inject(ReadinessChecks) private readonly checks: ReadinessChecks,
  ) {}

  onModuleInit(): void {
    this.checks.add({ name: 'projections', check: () => this.check() });
  }

  private async check(): Promise<ReadinessReport> {
    const lag = await this.live.lag().catch(() => null);
    const threshold = this.config.lagThreshold;
    if (lag === null) return { status: 'up', state: 'starting' };
    return { status: lag.total > threshold ? 'down' : 'up', lag: lag.total, threshold };
  }
}
