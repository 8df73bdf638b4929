import { WrongExpectedRevision } from '../errors.js';
import type { ExpectedRevision } from '../port.js';
import type { StoreAccessor } from './contract.js';
import { newEvent, newEvents, testMetadata, uniqueStream } from './events.js';
import { dataOf, expectStrictlyIncreasingPositions } from './probes.js';

export function appendContract(store: StoreAccessor): void {
  describe('appending', () => {
    it('given a new stream, when events are appended, then they read back with revisions, positions and recordedAt', async () => {
      const stream = uniqueStream();
      const events = [newEvent({ data: { i: 0 }, metadata: testMetadata({ reason: 'moved in' }) }), ...newEvents(2)];
      const before = Date.now();
      const result = await store().appendToStream(stream, events, { expected: 'no_stream' });
      const read = await store().readStream(stream);
      expect(result.nextExpectedRevision).toBe(2n);
      expect(read.map((e) => e.streamRevision)).toEqual([0n, 1n, 2n]);
      expect(read.map((e) => e.eventId)).toEqual(events.map((e) => e.eventId));
      expect(read[0]).toMatchObject({ type: events[0].type, schemaVersion: 1, streamName: stream, data: events[0].data });
      expect(read[0].metadata).toMatchObject({ ...events[0].metadata });
      const recordedAt = Date.parse(read[0].metadata.recordedAt);
      expect(recordedAt).toBeGreaterThanOrEqual(before - 5_000); // the server's clock, not the caller's
      expect(recordedAt).toBeLessThanOrEqual(Date.now() + 5_000);
      expectStrictlyIncreasingPositions(read);
      expect(result.position).toBe(read[2].globalPosition);
    });

    describe.each<[string, ExpectedRevision, 'absent' | 'present', bigint | 'no_stream' | null]>([
      ['no_stream on a new stream', 'no_stream', 'absent', null],
      ['no_stream on an existing stream', 'no_stream', 'present', 1n],
      ['stream_exists on an existing stream', 'stream_exists', 'present', null],
      ['stream_exists on a new stream', 'stream_exists', 'absent', 'no_stream'],
      ['the current revision', 1n, 'present', null],
      ['a stale revision', 0n, 'present', 1n],
      ['a revision ahead of the stream', 5n, 'present', 1n],
      ['a revision on a new stream', 0n, 'absent', 'no_stream'],
      ['any on a new stream', 'any', 'absent', null],
      ['any on an existing stream', 'any', 'present', null],
    ])('expecting %s', (_label, expected, state, conflictActual) => {
      it(conflictActual === null ? 'appends' : 'raises WrongExpectedRevision with the actual revision and writes nothing', async () => {
        const stream = uniqueStream();
        if (state === 'present') await store().appendToStream(stream, newEvents(2));
        const attempt = store().appendToStream(stream, [newEvent({ data: { late: true } })], { expected });
        if (conflictActual === null) {
          await expect(attempt).resolves.toMatchObject({ nextExpectedRevision: state === 'present' ? 2n : 0n });
        } else {
          const error = await attempt.catch((e: unknown) => e);
          expect(error).toBeInstanceOf(WrongExpectedRevision);
          expect(error).toMatchObject({ stream, expected, actual: conflictActual });
          expect(await store().readStream(stream)).toHaveLength(state === 'present' ? 2 : 0);
        }
      });
    });

    it('given an append that succeeded, when it is retried with the same ids, then the original result comes back and nothing is duplicated', async () => {
      const stream = uniqueStream();
      await store().appendToStream(stream, newEvents(1));
      const events = newEvents(3);
      const first = await store().appendToStream(stream, events, { expected: 0n });
      await expect(store().appendToStream(stream, events, { expected: 0n })).resolves.toEqual(first);
      await store().appendToStream(stream, newEvents(2), { expected: first.nextExpectedRevision });
      await expect(store().appendToStream(stream, events, { expected: 0n })).resolves.toEqual(first);
      await expect(store().appendToStream(stream, events, { expected: 'any' })).resolves.toEqual(first);
      const read = await store().readStream(stream);
      expect(read).toHaveLength(6);
      expect(new Set(read.map((e) => e.eventId)).size).toBe(6);
    });

    it('given a 1 MB event, when appended, then it reads back unchanged', async () => {
      const stream = uniqueStream();
      const big = { text: 'x'.repeat(1024 * 1024), list: Array.from({ length: 1000 }, (_, i) => ({ i, label: `item ${i}` })) };
      await store().appendToStream(stream, [newEvent({ data: big }), newEvent({ data: { after: 'big' } })]);
      const read = await store().readStream(stream);
      expect(dataOf(read)).toEqual([big, { after: 'big' }]);
    });

    it('given unicode in the stream name, type, data and metadata, when appended, then it reads back unchanged', async () => {
      const stream = uniqueStream('邻里-小区🏠');
      const data = { 姓名: '张三丰', note: 'émigré ﷺ עברית 👩🏽‍🔬 e\u0301 \u2028 "quoted" \\ back', room: '3号楼-1201' };
      const event = newEvent({ type: '邻里.居民登记', data, metadata: testMetadata({ reason: '入住登记 ✅' }) });
      await store().appendToStream(stream, [event]);
      const [read] = await store().readStream(stream);
      expect(read).toMatchObject({ streamName: stream, type: '邻里.居民登记', data });
      expect(read.metadata.reason).toBe('入住登记 ✅');
    });
  });
}
