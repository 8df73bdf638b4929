import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ServiceMetrics } from './metrics.js';

/** Prometheus scrape endpoint (restricted by NetworkPolicy in the cluster, not by auth). */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(ServiceMetrics) private readonly metrics: ServiceMetrics) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
