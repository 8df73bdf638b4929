import type { RecordedEvent } from '../envelope.js';
import { creationEvent, latestOf } from '../stream-reads.js';
import type { StoreAccessor } from './contract.js';
import { newEvent, newEvents, uniqueStream } from './events.js';
import { eventually, expectStrictlyIncreasingPositions } from './probes.js';

const labels = (events: readonly RecordedEvent[]): unknown[] => events.map((e) => (e.data as { label: string }).label);

export function readContract(store: StoreAccessor): void {
  describe('reading a stream', () => {
    it('given five events, when read with from, direction and limit, then the right slice comes back in the right order', async () => {
      const stream = uniqueStream();
      await store().appendToStream(stream, newEvents(5));
      const revisions = async (options: Parameters<ReturnType<StoreAccessor>['readStream']>[1]): Promise<bigint[]> =>
        (await store().readStream(stream, options)).map((e) => e.streamRevision);
      expect(await revisions({})).toEqual([0n, 1n, 2n, 3n, 4n]);
      expect(await revisions({ from: 2n, limit: 2 })).toEqual([2n, 3n]);
      expect(await revisions({ direction: 'backwards', limit: 2 })).toEqual([4n, 3n]);
      expect(await revisions({ direction: 'backwards', from: 1n })).toEqual([1n, 0n]);
      expect(await revisions({ from: 9n })).toEqual([]);
    });

    it('given no stream, when it is read, then nothing comes back', async () => {
      await expect(store().readStream(uniqueStream())).resolves.toEqual([]);
    });

    it('given a stream created by a report, when its creation event is asked for by type, then the report comes back, and nothing for another type or no stream', async () => {
      const stream = uniqueStream();
      await store().appendToStream(stream, [newEvent({ type: 'test.Reported', data: { communityId: 'rc-7' } }), ...newEvents(3)]);
      expect((await creationEvent<{ communityId: string }>(store(), stream, 'test.Reported'))?.data.communityId).toBe('rc-7');
      await expect(creationEvent(store(), stream, 'test.SomethingHappened')).resolves.toBeUndefined();
      await expect(creationEvent(store(), uniqueStream(), 'test.Reported')).resolves.toBeUndefined();
    });

    it('given a stream whose answer lies pages back, when the latest value is asked for, then the newest event carrying one answers', async () => {
      const stream = uniqueStream();
      const moved = (to: string) => newEvent({ type: 'test.Moved', data: { to } });
      await store().appendToStream(stream, [moved('rc-1'), moved('rc-2'), ...newEvents(7)]);
      const movedTo = (event: RecordedEvent) => (event.type === 'test.Moved' ? (event.data as { to: string }).to : undefined);
      expect(await latestOf(store(), stream, movedTo, 3)).toBe('rc-2');
      expect(await latestOf(store(), stream, (event) => (event.type === 'test.Never' ? 1 : undefined), 3)).toBeUndefined();
      expect(await latestOf(store(), uniqueStream(), movedTo)).toBeUndefined();
    });
  });

  describe('reading all', () => {
    let prefix: string;
    let appended: { a: bigint; b: bigint };
    beforeAll(async () => {
      prefix = uniqueStream('readall');
      const a = await store().appendToStream(`${prefix}-a`, [newEvent({ type: 'test.Opened', data: { label: 'a1' } }), newEvent({ type: 'test.Noted', data: { label: 'a2' } })]);
      const b = await store().appendToStream(`${prefix}-b`, [newEvent({ type: 'test.Opened', data: { label: 'b1' } })]);
      await store().appendToStream(`${prefix}-a`, [newEvent({ type: 'test.Closed', data: { label: 'a3' } })]);
      appended = { a: a.position, b: b.position };
    });
    // Global reads are eventually consistent (an older transaction anywhere may still be open).
    const expectLabels = (options: Parameters<ReturnType<StoreAccessor>['readAll']>[0], expected: string[]): Promise<void> =>
      eventually(async () => expect(labels(await store().readAll(options))).toEqual(expected));

    it('given appends to two streams, when all is read with a prefix filter, then they come in append order with increasing positions', async () => {
      const events = await eventually(async () => {
        const read = await store().readAll({ filter: { streamPrefixes: [prefix] } });
        expect(labels(read)).toEqual(['a1', 'a2', 'b1', 'a3']);
        return read;
      });
      expectStrictlyIncreasingPositions(events);
      expect(events[1].globalPosition).toBe(appended.a);
      expect(events[2].globalPosition).toBe(appended.b);
    });

    it('given a position, when all is read from it, then only later events come back, up to the limit', async () => {
      await expectLabels({ fromPosition: appended.a, filter: { streamPrefixes: [prefix] } }, ['b1', 'a3']);
      await expectLabels({ filter: { streamPrefixes: [prefix] }, limit: 2 }, ['a1', 'a2']);
    });

    it('given event type and stream filters, when all is read, then only matching events come back', async () => {
      await expectLabels({ filter: { streamPrefixes: [prefix], eventTypes: ['test.Opened'] } }, ['a1', 'b1']);
      await expectLabels({ filter: { streamPrefixes: [`${prefix}-a`, 'no-such-'], eventTypes: ['test.Opened', 'test.Closed'] } }, ['a1', 'a3']);
    });

    it('given events, when the head position is asked, then it is at or after the newest visible event', async () => {
      await eventually(async () => expect(await store().headPosition()).toBeGreaterThanOrEqual(appended.b));
    });
  });
}
