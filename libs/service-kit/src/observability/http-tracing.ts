import { contextFrom, markFailed } from '@linli/messaging';
import { context, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Tracer } from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { correlationIdOf } from './request-log.js';

// Probes and scrapes: a span every few seconds per pod would drown the traces worth reading.
const UNTRACED = /^\/(health\/|metrics(\?|$))/;

/**
 * One server span per request, child of the caller's `traceparent` header (a missing or malformed
 * one starts a new trace, never an error). The span is the active context from the first hook on,
 * and is entered again in preHandler in case a body parser continued on the socket's own async
 * context, so the command, its append and the stored event's trace context hang under it. Named by method and route
 * template: no path parameters, query or body reach a span (personal data).
 */
export function traceRequests(fastify: FastifyInstance, tracer: Tracer): void {
  const contexts = new WeakMap<FastifyRequest, Context>();
  const spanOf = (request: FastifyRequest) => trace.getSpan(contexts.get(request) ?? ROOT_CONTEXT);
  fastify.addHook('onRequest', (request, _reply, done) => {
    if (UNTRACED.test(request.url)) return done();
    const parent = contextFrom(request.headers) ?? ROOT_CONTEXT;
    const span = tracer.startSpan(request.method, { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'url.scheme': request.protocol } }, parent);
    const active = trace.setSpan(parent, span);
    contexts.set(request, active);
    context.with(active, done);
  });
  fastify.addHook('preHandler', (request, _reply, done) => {
    const active = contexts.get(request);
    if (!active) return done();
    context.with(active, done);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    const span = spanOf(request);
    if (!span) return;
    contexts.delete(request);
    const route = request.routeOptions.url;
    if (route) {
      span.updateName(`${request.method} ${route}`);
      span.setAttribute('http.route', route);
    }
    span.setAttribute('http.response.status_code', reply.statusCode);
    // The id the request log line and the stored events carry: from a trace to its logs and back.
    const correlationId = correlationIdOf(request);
    if (correlationId) span.setAttribute('linli.correlation_id', correlationId);
    if (reply.statusCode >= 500) {
      span.setAttribute('error.type', String(reply.statusCode));
      span.setStatus({ code: SpanStatusCode.ERROR });
    }
    span.end();
  });
  fastify.addHook('onRequestAbort', async (request) => {
    const span = spanOf(request);
    if (!span) return;
    contexts.delete(request);
    markFailed(span, new AbortedRequest());
    span.end();
  });
}

class AbortedRequest extends Error {
  override readonly name = 'RequestAborted';
}
