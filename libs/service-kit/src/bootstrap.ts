import 'reflect-metadata';
import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ConfigError, type ServiceConfig } from './config/service-config.js';
import { parseServiceConfig } from './config/parse-config.js';
import { mountDocs, type ServiceDocs } from './http/docs.js';
import { HttpErrorFilter } from './http/error-filter.js';
import { createValidationPipe } from './http/validation.js';
import { createLogger, PinoNestLogger } from './observability/logger.js';
import { ServiceMetrics } from './observability/metrics.js';
import { ServiceKitModule } from './service-kit.module.js';
import type { Publishing } from './messaging/relay-runner.js';
import type { PersonalDataDeclaration } from './commands/personal-data-policy.js';
import { SERVICE_LOGGER } from './tokens.js';
import { enforceShutdownDeadline } from './lifecycle/shutdown-deadline.js';
import { logRequests } from './observability/request-log.js';
import { tracingFor } from './observability/tracing.js';
import { traceRequests } from './observability/http-tracing.js';
import { activeTracer } from '@linli/messaging';
import { createTokenVerifier } from '@linli/security';
import { parseSecurityConfig, type SecurityConfig } from './security/security-config.js';
import { SecurityRuntime } from './security/security-runtime.js';
import { SecurityModule } from './security/security.module.js';
import { secureEdge } from './security/http-edge.js';
import type { Logger } from 'pino';

/** Everything that makes one service different from another. */
export interface ServiceDefinition {
  readonly name: string;
  readonly defaultPort: number;
  readonly module: Type | DynamicModule;
  readonly docs: ServiceDocs;
  /** What the service publishes to Kafka through its relay (omit for none). */
  readonly publishing?: Publishing;
  /** The personal fields its domain declares: encrypted per data subject in the event store. */
  readonly personalData?: PersonalDataDeclaration;
  /**
   * The service runs Kafka consumers: mounts the dead-letter operator routes (`/dead-letters`).
   * Its consumers register with the kit's MessagingRegistry (lag metric, readiness, retries).
   */
  readonly deadLetters?: boolean;
  /** Checks the service's own variables at start-up; throws ConfigError naming the bad one. */
  readonly validateEnvironment?: (env: NodeJS.ProcessEnv) => void;
}

/** Builds the Fastify-based Nest application of a service (used by main.ts and by e2e tests). */
export async function createServiceApp(definition: ServiceDefinition, config: ServiceConfig, securityConfig?: SecurityConfig): Promise<NestFastifyApplication> {
  const logger = createLogger(config.serviceName, config.logLevel, config.logFile);
  const metrics = new ServiceMetrics(config.serviceName);
  const security = securityConfig ?? (await parseSecurityConfig(process.env));
  const securityRuntime = new SecurityRuntime(config.serviceName, security, await createTokenVerifier(security.auth));
  @Module({ imports: [ServiceKitModule.forRoot(config, logger, metrics, definition.publishing, definition.personalData, { deadLetters: definition.deadLetters }), SecurityModule.forRoot(securityRuntime), definition.module] })
  class ServiceRootModule {}

  const adapter = new FastifyAdapter({ bodyLimit: security.limits.bodyLimitBytes, requestTimeout: security.limits.requestTimeoutMs, return503OnClosing: true, forceCloseConnections: 'idle' });
  const app = await NestFactory.create<NestFastifyApplication>(ServiceRootModule, adapter, { logger: new PinoNestLogger(logger) });
  // LINLI_TRACING=otlp installs a tracer (a test may have installed its own); off, no hook is added.
  const tracing = tracingFor(config.serviceName, config.tracing, logger);
  if (tracing) app.getHttpAdapter().getInstance().addHook('onClose', () => tracing.shutdown());
  const tracer = activeTracer();
  if (tracer) traceRequests(app.getHttpAdapter().getInstance(), tracer);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter(logger));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await secureEdge(app, securityRuntime, metrics, logger);
  logRequests(app.getHttpAdapter().getInstance(), logger);
  app.getHttpAdapter().getInstance().addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  mountDocs(app, definition.docs);
  return app;
}

/** Entry point of a service process: parse config (fail fast), build, listen. */
export async function runService(definition: ServiceDefinition): Promise<void> {
  let config: ServiceConfig;
  let security: SecurityConfig;
  try {
    config = parseServiceConfig(process.env, definition);
    definition.validateEnvironment?.(process.env);
    security = await parseSecurityConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${JSON.stringify({ level: 'fatal', service: definition.name, variable: error.variable, msg: error.message })}\n`);
    process.exit(1);
  }
  const app = await createServiceApp(definition, config, security);
  enforceShutdownDeadline(config.shutdownTimeoutMs, app.get<Logger>(SERVICE_LOGGER));
  await app.listen({ port: config.port, host: config.host });
  app.get<Logger>(SERVICE_LOGGER).info({ port: config.port }, `listening on http://${config.host}:${config.port}`);
}
