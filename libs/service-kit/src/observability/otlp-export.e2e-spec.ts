import { createServer, type Server } from 'node:http';
import { bootService, probeServiceDefinition } from '../testing/boot-service.js';

const probeService = probeServiceDefinition('tracing-probe');

interface OtlpSpan {
  readonly name: string;
  readonly traceId: string;
  readonly parentSpanId?: string;
}
interface OtlpExport {
  readonly resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
}

// A stand-in OpenTelemetry collector: what an OTLP/HTTP exporter POSTs, as received.
const received: { path: string; contentType: string; body: OtlpExport }[] = [];
let collector: Server;
let collectorUrl: string;

beforeAll(async () => {
  collector = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ path: request.url ?? '', contentType: request.headers['content-type'] ?? '', body: JSON.parse(body) as OtlpExport });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  const address = collector.address();
  collectorUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise((resolve) => collector?.close(resolve)));

describe('a service started with LINLI_TRACING=otlp', () => {
  it('exports its spans as OTLP JSON to the configured endpoint, at the latest when it stops', async () => {
    const service = await bootService(probeService, { LINLI_TRACING: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: collectorUrl });
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    expect((await fetch(`${service.url}/docs-json`, { headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` } })).status).toBe(200);
    await service.close();

    const exported = received.flatMap(({ body }) => body.resourceSpans);
    expect(received.map(({ path, contentType }) => [path, contentType])).toContainEqual(['/v1/traces', 'application/json']);
    expect(exported[0]?.resource.attributes).toContainEqual({ key: 'service.name', value: { stringValue: 'tracing-probe' } });
    expect(exported.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans))).toContainEqual(expect.objectContaining({ name: 'GET /docs-json', traceId, parentSpanId: '00f067aa0ba902b7' }));
  });
});
