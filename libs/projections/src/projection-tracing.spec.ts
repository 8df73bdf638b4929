import { inSpan, installTracer } from '@linli/messaging';
import { ROOT_CONTEXT } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { withProjectionSpan } from './projection-tracing.js';

const exporter = new InMemorySpanExporter();
const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer('test');
const TRACE = '0af7651916cd43dd8448eb211c80319c';
const stored = (spanId?: string) => ({ metadata: spanId ? { traceparent: `00-${TRACE}-${spanId}-01` } : {} });

afterEach(() => {
  installTracer(undefined);
  exporter.reset();
});

describe('the span of a projection write', () => {
  it('is a child of the consumer span it runs in', async () => {
    installTracer(tracer);
    await inSpan(tracer, 'process linli.disputes.v1', {}, ROOT_CONTEXT, () => withProjectionSpan('community-ratings', [], async () => undefined));
    const [projection, consume] = exporter.getFinishedSpans();
    expect(projection).toMatchObject({ name: 'project community-ratings', parentSpanContext: { spanId: consume!.spanContext().spanId } });
  });

  it("of a batch of stored events is a child of the first traced event's append, linked to each traced event", async () => {
    installTracer(tracer);
    await withProjectionSpan('organizations-read-models', [stored(), stored('b7ad6b7169203331'), stored('00f067aa0ba902b7')], async () => undefined);
    const [projection] = exporter.getFinishedSpans();
    expect(projection).toMatchObject({ parentSpanContext: { traceId: TRACE, spanId: 'b7ad6b7169203331' }, attributes: { 'linli.events': 3 } });
    expect(projection!.links.map((link) => link.context.spanId)).toEqual(['b7ad6b7169203331', '00f067aa0ba902b7']);
  });

  it('is not made with tracing off, and a failed write still fails', async () => {
    await expect(withProjectionSpan('x', [stored('b7ad6b7169203331')], async () => Promise.reject(new Error('mongo down')))).rejects.toThrow('mongo down');
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});
