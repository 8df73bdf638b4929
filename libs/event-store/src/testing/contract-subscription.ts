import type { RecordedEvent } from '../envelope.js';
import type { Checkpoint } from '../port.js';
import type { StoreAccessor } from './contract.js';
import { newEvent, newEvents, uniqueStream } from './events.js';
import { eventually, expectStrictlyIncreasingPositions, RecordingSubscription } from './probes.js';

const indexes = (events: readonly RecordedEvent[]): number[] => events.map((e) => (e.data as { i: number }).i);
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);

export function subscriptionContract(store: StoreAccessor): void {
  describe('subscribing to all', () => {
    it('given stored events, when subscribed, then it catches up and then receives live appends in order', async () => {
      const stream = uniqueStream('sub');
      await store().appendToStream(stream, newEvents(5));
      const probe = new RecordingSubscription(store(), { filter: { streamPrefixes: [stream] }, batchSize: 2 });
      try {
        await probe.waitFor(5);
        await store().appendToStream(stream, [newEvent({ data: { i: 5 } }), newEvent({ data: { i: 6 } })]);
        await probe.waitFor(7);
        expect(probe.events.map((e) => e.streamRevision)).toEqual(range(0, 7).map(BigInt));
        expectStrictlyIncreasingPositions(probe.events);
        expect(probe.checkpoints.at(-1)).toEqual({ position: probe.events[6].globalPosition });
      } finally {
        await probe.stop();
      }
    });

    it('given a crash after handling a batch but before storing its checkpoint, when resumed from the stored checkpoint, then that batch comes again and nothing is lost', async () => {
      const stream = uniqueStream('crash');
      await store().appendToStream(stream, Array.from({ length: 9 }, (_, i) => newEvent({ data: { i } })));
      let stored: Checkpoint | undefined;
      const firstRun: RecordedEvent[] = [];
      const crashing = store().subscribeToAll(
        async (events, checkpoint) => {
          firstRun.push(...events); // the projection applied the batch ...
          if (indexes(events).includes(4)) throw new Error('crashed before saving the checkpoint');
          stored = checkpoint; // ... and only then records where it is
        },
        { filter: { streamPrefixes: [stream] }, batchSize: 3 },
      );
      await expect(crashing.done).rejects.toThrow('crashed before saving the checkpoint');
      expect(indexes(firstRun)).toEqual(range(0, 6));
      expect(stored).toEqual({ position: firstRun[2].globalPosition });

      const resumed = new RecordingSubscription(store(), { fromCheckpoint: stored, filter: { streamPrefixes: [stream] }, batchSize: 3 });
      try {
        await resumed.waitFor(6);
        expect(indexes(resumed.events)).toEqual(range(3, 9)); // 3..5 again (at-least-once), none before the checkpoint
        expectStrictlyIncreasingPositions(resumed.events);
      } finally {
        await resumed.stop();
      }
    });

    it('given an event type filter, when subscribed, then only those types arrive', async () => {
      const stream = uniqueStream('subtype');
      await store().appendToStream(stream, [newEvent({ type: 'test.Kept', data: { i: 0 } }), newEvent({ type: 'test.Dropped' }), newEvent({ type: 'test.Kept', data: { i: 1 } })]);
      const probe = new RecordingSubscription(store(), { filter: { streamPrefixes: [stream], eventTypes: ['test.Kept'] } });
      try {
        await probe.waitFor(2);
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(indexes(probe.events)).toEqual([0, 1]);
      } finally {
        await probe.stop();
      }
    });

    it('given a stopped subscription, when more events are appended, then the handler is not called again', async () => {
      const stream = uniqueStream('stop');
      await store().appendToStream(stream, newEvents(1));
      const probe = new RecordingSubscription(store(), { filter: { streamPrefixes: [stream] } });
      await probe.waitFor(1);
      await probe.stop();
      await expect(probe.subscription.done).resolves.toBeUndefined();
      await store().appendToStream(stream, newEvents(1));
      await eventually(async () => expect(await store().readAll({ filter: { streamPrefixes: [stream] } })).toHaveLength(2));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(probe.events).toHaveLength(1);
    });
  });
}
