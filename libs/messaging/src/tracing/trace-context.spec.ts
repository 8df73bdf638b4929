import { catalogueRegistry, ContractViolation, disputeEscalatedV1, exampleDisputesGateway, parseCloudEvent, publish, type Gateway } from '@linli/contracts';
import type { RecordedEvent } from '@linli/event-store';
import { trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { toKafkaMessage } from '../kafka/cloud-event-publisher.js';
import { publishTraced } from '../relay/publish-spans.js';
import { storedEscalation } from '../testing/fixtures.js';
import { withBatchConsumeSpan, withConsumeSpan } from './consume-span.js';
import { contextFrom, installTracer } from './trace-context.js';

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const tracer = provider.getTracer('test');
const TRACE = '0af7651916cd43dd8448eb211c80319c';
const APPEND_SPAN = 'b7ad6b7169203331';
const where = { groupId: 'ratings', topic: 'linli.disputes.v1', partition: 0, offset: '7', key: 'rc-yingbin', attempt: 1 };

/** A stored DisputeEscalated as the store returns it, with the trace context its append wrote. */
function recorded(traceparent?: unknown): RecordedEvent {
  const event = storedEscalation('rc-yingbin', 'd-1');
  const metadata = { ...event.metadata, recordedAt: '2025-12-03T10:00:01.000Z', ...(traceparent !== undefined && { traceparent }) };
  return { ...event, metadata, streamName: 'disputes.Dispute-d-1', streamRevision: 0n, globalPosition: 42n } as RecordedEvent;
}

afterEach(() => {
  installTracer(undefined);
  exporter.reset();
});

describe('the trace context of an event on its way from the store to a consumer', () => {
  it('survives metadata → CloudEvent → Kafka message → consumer: the consumer span is a child of the stored context', async () => {
    installTracer(tracer);
    const message = toKafkaMessage(publish(exampleDisputesGateway, recorded(`00-${TRACE}-${APPEND_SPAN}-01`))!);
    expect(message.headers).toMatchObject({ traceparent: `00-${TRACE}-${APPEND_SPAN}-01` });

    const consumed = parseCloudEvent(message.value as Buffer, catalogueRegistry);
    const active = await withConsumeSpan(consumed, where, async () => trace.getActiveSpan()?.spanContext());

    const [span] = exporter.getFinishedSpans();
    expect(span).toMatchObject({ name: 'process linli.disputes.v1', parentSpanContext: { traceId: TRACE, spanId: APPEND_SPAN } });
    expect(span!.spanContext().traceId).toBe(TRACE);
    expect(active?.spanId).toBe(span!.spanContext().spanId);
  });

  it('is replaced by the relay publish span, child of the stored context, when the relay traces', () => {
    const traced = publishTraced(tracer, 'disputes', exampleDisputesGateway, [recorded(`00-${TRACE}-${APPEND_SPAN}-01`), recorded()]);
    for (const span of traced.spans) span.end();

    const [publishSpan] = exporter.getFinishedSpans();
    expect(publishSpan).toMatchObject({ name: 'publish linli.disputes.v1', parentSpanContext: { traceId: TRACE, spanId: APPEND_SPAN } });
    expect(traced.events.map((e) => e.event.traceparent)).toEqual([`00-${TRACE}-${publishSpan!.spanContext().spanId}-01`, undefined]);
  });

  it('ends the publish spans of a batch the relay cannot publish (a payload that breaks its contract), failed', async () => {
    let calls = 0;
    const breaksOnSecond: Gateway = (stored) => (++calls === 2 ? { contract: disputeEscalatedV1, data: { phone: '13800000000' } } : exampleDisputesGateway(stored));
    const traced = recorded(`00-${TRACE}-${APPEND_SPAN}-01`);
    expect(() => publishTraced(tracer, 'disputes', breaksOnSecond, [traced, traced])).toThrow(ContractViolation);
    await new Promise((resolve) => setImmediate(resolve));
    expect(exporter.getFinishedSpans().map((span) => [span.name, span.attributes['error.type']])).toEqual([['publish linli.disputes.v1', 'ContractViolation']]);
  });

  it('passes through untouched when tracing is off, and the consumer just runs the handler', async () => {
    const message = toKafkaMessage(publish(exampleDisputesGateway, recorded(`00-${TRACE}-${APPEND_SPAN}-01`))!);
    const consumed = parseCloudEvent(message.value as Buffer, catalogueRegistry);
    expect(consumed.event.traceparent).toBe(`00-${TRACE}-${APPEND_SPAN}-01`);
    expect(await withConsumeSpan(consumed, where, async () => 'applied')).toBe('applied');
    expect(exporter.getFinishedSpans()).toEqual([]);
  });

  it('leaves an event stored without trace context without one', () => {
    const message = toKafkaMessage(publish(exampleDisputesGateway, recorded())!);
    expect(message.headers).toEqual({ 'content-type': expect.any(String) });
    expect(parseCloudEvent(message.value as Buffer, catalogueRegistry).event).not.toHaveProperty('traceparent');
  });
});

describe('a batch of messages applied together', () => {
  it('is one consumer span, child of the first traced message, linked to every traced message', async () => {
    installTracer(tracer);
    const OTHER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
    const message = (traceparent?: string) => ({ message: parseCloudEvent(toKafkaMessage(publish(exampleDisputesGateway, recorded(traceparent))!).value as Buffer, catalogueRegistry), context: where });
    const items = [message(), message(`00-${TRACE}-${APPEND_SPAN}-01`), message(`00-${OTHER_TRACE}-00f067aa0ba902b7-01`)];
    expect(await withBatchConsumeSpan(items, async () => 'applied')).toBe('applied');

    const [span] = exporter.getFinishedSpans();
    expect(span).toMatchObject({ name: 'process linli.disputes.v1', parentSpanContext: { traceId: TRACE, spanId: APPEND_SPAN }, attributes: { 'messaging.batch.message_count': 3 } });
    expect(span!.links.map((link) => link.context.spanId)).toEqual([APPEND_SPAN, '00f067aa0ba902b7']);
  });
});

describe('a malformed traceparent', () => {
  it.each([['garbage'], [`00-${'0'.repeat(32)}-${APPEND_SPAN}-01`], [`00-${TRACE}-${'0'.repeat(16)}-01`], [`00-${TRACE}-${APPEND_SPAN}`], [42], [[`00-${TRACE}-${APPEND_SPAN}-01`]]])('%j names no parent', (traceparent) => {
    expect(contextFrom({ traceparent })).toBeUndefined();
  });

  it('makes the consumer span the root of a new trace, and the handler still runs', async () => {
    installTracer(tracer);
    const consumed = parseCloudEvent(toKafkaMessage(publish(exampleDisputesGateway, recorded('00-xyz-abc-01'))!).value as Buffer, catalogueRegistry);
    expect(await withConsumeSpan(consumed, where, async () => 'applied')).toBe('applied');
    const [span] = exporter.getFinishedSpans();
    expect(span!.parentSpanContext).toBeUndefined();
    expect(span!.spanContext().traceId).not.toBe(TRACE);
  });

  it('that is not even a string is not passed on, so the CloudEvent stays valid for every consumer', () => {
    const message = toKafkaMessage(publish(exampleDisputesGateway, recorded({ bogus: true }))!);
    expect(parseCloudEvent(message.value as Buffer, catalogueRegistry).event).not.toHaveProperty('traceparent');
  });

  it('gets no publish span from the relay', () => {
    const traced = publishTraced(tracer, 'disputes', exampleDisputesGateway, [recorded('garbage')]);
    expect(traced.spans).toEqual([]);
  });
});
