import { Inject, Injectable, ServiceUnavailableException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { mergeMap, type Observable } from 'rxjs';
import { RATINGS_CONFIG, type RatingsConfig } from '../config/ratings-config.js';
import { RatingsLive } from './ratings-live.js';

interface HealthReport {
  readonly status: string;
  readonly info?: Record<string, unknown>;
  readonly error?: Record<string, unknown>;
  readonly details?: Record<string, unknown>;
}

/**
 * Adds a `projections` indicator to the service kit's `/health/ready`: down only when the read
 * models are far behind (more than RATINGS_PROJECTION_LAG_THRESHOLD events), so a short backlog
 * or a read models start-up in progress never takes the service out of rotation.
 */
@Injectable()
export class ProjectionReadiness implements NestInterceptor {
  constructor(
    @Inject(RatingsLive) private readonly live: RatingsLive,
    @Inject(RATINGS_CONFIG) private readonly config: RatingsConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.routeOptions?.url !== '/health/ready') return next.handle();
    return next.handle().pipe(mergeMap((report: HealthReport) => this.withProjections(report)));
  }

  private async withProjections(report: HealthReport): Promise<HealthReport> {
    const lag = await this.live.lag().catch(() => null);
    const threshold = this.config.lagThreshold;
    const indicator = lag === null ? { status: 'up', state: 'starting' } : { status: lag.total > threshold ? 'down' : 'up', lag: lag.total, threshold };
    const details = { ...report.details, projections: indicator };
    if (indicator.status === 'up') return { ...report, info: { ...report.info, projections: indicator }, details };
    throw new ServiceUnavailableException({ status: 'error', info: report.info ?? {}, error: { ...report.error, projections: indicator }, details });
  }
}
