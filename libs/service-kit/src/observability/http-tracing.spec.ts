import { installTracer } from '@linli/messaging';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import Fastify, { type FastifyInstance } from 'fastify';
import { traceRequests } from './http-tracing.js';

const exporter = new InMemorySpanExporter();
const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer('test');
const TRACE = '0af7651916cd43dd8448eb211c80319c';
const CALLER = 'b7ad6b7169203331';
let app: FastifyInstance;
let url: string;
let seenInHandler: string | undefined;

beforeAll(async () => {
  installTracer(tracer); // the context manager that carries the span into the handler
  app = Fastify();
  traceRequests(app, tracer);
  app.post('/communities/:id/designate-pilot', async (request) => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    seenInHandler = trace.getActiveSpan()?.spanContext().spanId;
    return { ok: (request.body as { ok: boolean }).ok };
  });
  app.get('/boom', async () => {
    throw new Error('room 1203 of Zhang San');
  });
  app.get('/health/live', async () => ({ status: 'ok' }));
  url = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app.close();
  installTracer(undefined);
});
beforeEach(() => {
  exporter.reset();
  seenInHandler = undefined;
});

// fetch joins a repeated header with ", ", which is how a client's duplicate traceparent arrives.
const designate = async (headers: Record<string, string> = {}) =>
  (await fetch(`${url}/communities/rc-qianyue-1/designate-pilot?who=13800000000`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ ok: true }) })).status;
const get = async (path: string) => (await fetch(`${url}${path}`)).status;

describe('the server span of a request', () => {
  it("continues the caller's trace and is the active span in the handler, named by the route template", async () => {
    expect(await designate({ traceparent: `00-${TRACE}-${CALLER}-01`, 'x-correlation-id': 'corr-42' })).toBe(200);
    const [span] = exporter.getFinishedSpans();
    expect(span).toMatchObject({
      name: 'POST /communities/:id/designate-pilot',
      kind: SpanKind.SERVER,
      parentSpanContext: { traceId: TRACE, spanId: CALLER },
      attributes: { 'http.request.method': 'POST', 'http.route': '/communities/:id/designate-pilot', 'http.response.status_code': 200, 'linli.correlation_id': 'corr-42' },
    });
    expect(seenInHandler).toBe(span!.spanContext().spanId);
    expect(JSON.stringify(span!.attributes)).not.toMatch(/rc-qianyue-1|13800000000/);
  });

  it.each([['garbage'], [`00-${TRACE}-${CALLER}`], [`00-${TRACE}-${CALLER}-01, 00-${TRACE}-${CALLER}-01`]])('ignores a malformed traceparent %j: a new trace, the request answered normally', async (traceparent) => {
    expect(await designate({ traceparent })).toBe(200);
    const [span] = exporter.getFinishedSpans();
    expect(span!.parentSpanContext).toBeUndefined();
    expect(span!.spanContext().traceId).not.toBe(TRACE);
    expect(seenInHandler).toBe(span!.spanContext().spanId);
  });

  it('marks a 500 as failed with the status code only, never the error message', async () => {
    expect(await get('/boom')).toBe(500);
    const [span] = exporter.getFinishedSpans();
    expect(span).toMatchObject({ name: 'GET /boom', status: { code: SpanStatusCode.ERROR }, attributes: { 'error.type': '500' } });
    expect(JSON.stringify([span!.name, span!.attributes, span!.status, span!.events])).not.toContain('Zhang San');
  });

  it('leaves probes and scrapes untraced', async () => {
    expect(await get('/health/live')).toBe(200);
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});
