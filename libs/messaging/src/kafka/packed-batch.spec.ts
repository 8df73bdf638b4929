import { communityRegisteredV1, type ContractEvent } from '@linli/contracts';
import { escalated } from '../testing/fixtures.js';
import { toKafkaMessage } from './cloud-event-publisher.js';
import { packBatch, type PackedTopic } from './packed-batch.js';

/** What the producer thread makes of a packed topic (the same slicing as producer-thread.ts). */
function unpacked(packed: PackedTopic) {
  const bytes = Buffer.from(packed.values.buffer, packed.values.byteOffset, packed.values.byteLength);
  let value = 0;
  let key = 0;
  return [...packed.valueLengths].map((length, i) => {
    const keyLength = packed.keyLengths[i];
    const message = {
      key: keyLength < 0 ? null : packed.keys.slice(key, (key += keyLength)),
      value: bytes.subarray(value, value + length).toString(),
      trace: packed.traces?.[i] ?? null,
    };
    value += length;
    return message;
  });
}

const named = (topic: string) => `${topic}.test`;

describe('packing a relay batch for the producer thread', () => {
  it('carries each event as the same key and JSON bytes as the in-thread producer, in order, also beyond ASCII', () => {
    const plain = escalated('rc-yingbin', 1);
    const chinese = { ...escalated('rc-jiaoshi', 2), event: { ...escalated('rc-jiaoshi', 2).event, subject: '迎宾社区·教师楼' } };
    const keyless: ContractEvent = { ...plain, event: { ...escalated('rc-a', 3).event, partitionkey: undefined } };
    const { topics } = packBatch([plain, chinese, keyless], named);
    expect(topics.map((t) => t.topic)).toEqual([named(plain.contract.topic)]);
    expect(unpacked(topics[0])).toEqual(
      [plain, chinese, keyless].map((item) => ({ key: toKafkaMessage(item).key, value: toKafkaMessage(item).value!.toString(), trace: null })),
    );
    expect(topics[0].traces).toBeUndefined();
  });

  it('carries whole values when most of their text is beyond ASCII (up to 3 bytes a character)', () => {
    const chinese = (n: number): ContractEvent => ({ ...escalated('rc-jiaoshi', n), event: { ...escalated('rc-jiaoshi', n).event, subject: '迎宾社区·教师楼'.repeat(40 + n) } });
    const items = Array.from({ length: 30 }, (_, i) => chinese(i + 1));
    const [packed] = packBatch(items, named).topics;
    expect(unpacked(packed).map((m) => m.value)).toEqual(items.map((item) => toKafkaMessage(item).value!.toString()));
    expect(packed.values.byteLength).toBe(items.reduce((sum, item) => sum + toKafkaMessage(item).value!.length, 0));
  });

  it('packs an empty batch as no topics', () => {
    expect(packBatch([], named).topics).toEqual([]);
  });

  it('keeps the trace context of the events that carry one, for their headers', () => {
    const traced = { ...escalated('rc-a', 1), event: { ...escalated('rc-a', 1).event, traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', tracestate: 'linli=1' } };
    const onlyParent = { ...escalated('rc-a', 2), event: { ...escalated('rc-a', 2).event, traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b8-01' } };
    const [packed] = packBatch([traced, escalated('rc-a', 3), onlyParent], named).topics;
    expect(unpacked(packed).map((m) => m.trace)).toEqual([[traced.event.traceparent, 'linli=1'], null, [onlyParent.event.traceparent, null]]);
  });

  it('groups events by topic, each topic in the order given', () => {
    const registered = (n: number): ContractEvent => ({ contract: communityRegisteredV1, event: escalated('rc-b', n).event });
    const { topics } = packBatch([escalated('rc-a', 1), registered(2), escalated('rc-a', 3), registered(4)], named);
    const ids = (packed: PackedTopic) => unpacked(packed).map((m) => (JSON.parse(m.value) as { correlationid: string }).correlationid);
    expect(topics.map((t) => [t.topic, ids(t)])).toEqual([
      ['linli.disputes.v1.test', ['corr-1', 'corr-3']],
      ['linli.organizations.v1.test', ['corr-2', 'corr-4']],
    ]);
  });
});
