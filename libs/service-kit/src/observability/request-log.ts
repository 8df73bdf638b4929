import { uuidv7 } from '@linli/event-store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';

const QUIET_ROUTES = new Set(['/health/live', '/health/ready', '/metrics']);

/** The request's correlation id (the kit gives one to every request that comes without). */
export function correlationIdOf(request: FastifyRequest): string | undefined {
  const value = request.headers['x-correlation-id'];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Every request gets a correlation id: the client's `X-Correlation-Id`, or a new one that the
 * commands then carry into their events. It is echoed in the response header, and one log line
 * per request (method, route, status, duration, correlationId) lets an operator follow it; probe
 * and scrape requests log at debug. No path parameters, query or body reach the log (personal data).
 */
export function logRequests(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onRequest', async (request, reply) => {
    if (!correlationIdOf(request)) request.headers['x-correlation-id'] = uuidv7();
    void reply.header('x-correlation-id', correlationIdOf(request));
  });
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const line = { method: request.method, route, status: reply.statusCode, ms: Math.round(reply.elapsedTime), correlationId: correlationIdOf(request) };
    if (QUIET_ROUTES.has(route)) logger.debug(line, 'request');
    else logger.info(line, 'request');
  });
}
