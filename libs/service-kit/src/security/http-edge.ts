import helmet from '@fastify/helmet';
import { isPublicPath } from '@linli/security';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Counter } from 'prom-client';
import type { Logger } from 'pino';
import type { ServiceMetrics } from '../observability/metrics.js';
import type { SecurityRuntime } from './security-runtime.js';

const REJECTED = new Set([400, 401, 403, 409, 413, 429]);

/**
 * The edge before any controller: security headers, the CORS allow-list, the per-IP rate (429 with
 * Retry-After), and a count of rejected requests by route and status (logged without bodies).
 */
export async function secureEdge(app: NestFastifyApplication, security: SecurityRuntime, metrics: ServiceMetrics, logger: Logger): Promise<void> {
  await app.register(helmet as never, { global: true });
  const origins = security.config.corsOrigins;
  if (origins.length > 0) {
    app.enableCors({
      origin: [...origins],
      methods: ['GET', 'POST', 'PUT'],
      allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match', 'x-correlation-id', 'x-access-reason', 'traceparent', 'tracestate'],
      exposedHeaders: ['etag', 'retry-after'],
      maxAge: 600,
    });
  }
  const rejected = new Counter({ name: 'linli_http_rejected_total', help: 'Requests rejected (400, 401, 403, 409, 413, 429) by route and status', labelNames: ['method', 'route', 'status'], registers: [metrics.registry] });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    if (isPublicPath(request.url.split('?')[0] ?? '')) return;
    const retryAfter = security.ipRate.take(request.ip, Date.now());
    if (retryAfter === undefined) return;
    await reply.status(429).header('retry-after', String(retryAfter)).send({ statusCode: 429, error: 'Too Many Requests', code: 'RateLimited', message: `too many requests from this address; retry after ${retryAfter} s` });
  });
  fastify.addHook('onResponse', async (request, reply) => {
    if (!REJECTED.has(reply.statusCode)) return;
    const route = request.routeOptions.url ?? 'unmatched';
    rejected.inc({ method: request.method, route, status: String(reply.statusCode) });
    if (reply.statusCode === 413 || reply.statusCode === 429) logger.info({ method: request.method, route, statusCode: reply.statusCode }, 'request rejected');
  });
}
