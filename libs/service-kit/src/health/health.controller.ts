import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { ApiTags } from '@nestjs/swagger';
import { Infrastructure } from './infrastructure.js';
import { ReadinessChecks, type ReadinessCheck } from './readiness-checks.js';

const CHECK_TIMEOUT_MS = 3_000;

/** Liveness (the process answers) and readiness (its PostgreSQL, Kafka and MongoDB answer, and the service's own checks pass). */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(Infrastructure) private readonly infra: Infrastructure,
    @Inject(ReadinessChecks) private readonly extraChecks: ReadinessChecks,
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
      ...this.extraChecks.all().map((check) => () => this.run(check)),
    ]);
  }

  /** A check that throws or times out is down with the error's message; otherwise as it reports. */
  private async run(check: ReadinessCheck) {
    const session = this.indicators.check(check.name);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS)));
    try {
      const { status, ...details } = await Promise.race([check.check(), timeout]);
      return status === 'up' ? session.up(details) : session.down(details);
    } catch (error) {
      return session.down({ message: (error as Error).message });
    } finally {
      clearTimeout(timer);
    }
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
