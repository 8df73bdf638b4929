import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { ApiTags } from '@nestjs/swagger';
import { Infrastructure } from './infrastructure.js';

const CHECK_TIMEOUT_MS = 3_000;

/** Liveness (the process answers) and readiness (its PostgreSQL, Kafka and MongoDB answer). */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(Infrastructure) private readonly infra: Infrastructure,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.indicators.check('postgres').attempt(() => this.pingPostgres()).withTimeout(CHECK_TIMEOUT_MS),
      () => this.indicators.check('kafka').attempt(() => this.pingKafka()).withTimeout(CHECK_TIMEOUT_MS),
      () => this.indicators.check('mongodb').attempt(() => this.pingMongo()).withTimeout(CHECK_TIMEOUT_MS),
    ]);
  }

  private async pingPostgres(): Promise<void> {
    await this.infra.pg.query('SELECT 1');
  }

  private async pingKafka(): Promise<{ brokers: number }> {
    const admin = this.infra.kafka.admin({ retry: { retries: 0 } });
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      return { brokers: cluster.brokers.length };
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  private async pingMongo(): Promise<void> {
    const db = this.infra.mongo.db;
    if (this.infra.mongo.readyState !== 1 || !db) throw new Error('not connected');
    await db.admin().ping();
  }
}
