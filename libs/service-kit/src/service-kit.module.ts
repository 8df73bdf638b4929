import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import type { Logger } from 'pino';
import type { ServiceConfig } from './config/service-config.js';
import { HealthController } from './health/health.controller.js';
import { Infrastructure } from './health/infrastructure.js';
import { MetricsController } from './observability/metrics.controller.js';
import { ServiceMetrics } from './observability/metrics.js';
import { CommandExecutor } from './commands/command-executor.js';
import { EVENT_STORE, PERSONAL_DATA, SERVICE_CONFIG, SERVICE_LOGGER } from './tokens.js';
import type { PersonalDataDeclaration } from './commands/personal-data-policy.js';
import { PUBLISHING, RelayRunner, type Publishing } from './messaging/relay-runner.js';
import { eventStoreProvider } from './commands/event-store.provider.js';
import { ReadinessChecks } from './health/readiness-checks.js';
import { MessagingRegistry } from './messaging/messaging-registry.js';
import { ProjectionMetrics } from './observability/projection-metrics.js';
import { DeadLettersController } from './messaging/dead-letters.controller.js';


/** Connections, health, metrics and config shared by every Linli service. */
@Global()
@Module({})
export class ServiceKitModule implements OnApplicationShutdown {
  constructor(@Inject(Infrastructure) private readonly infrastructure: Infrastructure) {}

  static forRoot(config: ServiceConfig, logger: Logger, metrics: ServiceMetrics, publishing?: Publishing, personalData: PersonalDataDeclaration = {}, kit: { readonly deadLetters?: boolean } = {}): DynamicModule {
    return {
      module: ServiceKitModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController, MetricsController, ...(kit.deadLetters ? [DeadLettersController] : [])],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: SERVICE_LOGGER, useValue: logger },
        { provide: ServiceMetrics, useValue: metrics },
        { provide: Infrastructure, useFactory: () => new Infrastructure(config, logger) },
        { provide: PERSONAL_DATA, useValue: personalData },
        eventStoreProvider,
        CommandExecutor,
        ReadinessChecks,
        MessagingRegistry,
        ProjectionMetrics,
        ...(publishing ? [{ provide: PUBLISHING, useValue: publishing }, RelayRunner] : []),
      ],
      exports: [SERVICE_CONFIG, SERVICE_LOGGER, ServiceMetrics, Infrastructure, EVENT_STORE, CommandExecutor, ReadinessChecks, MessagingRegistry, ProjectionMetrics],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.infrastructure.close();
  }
}
