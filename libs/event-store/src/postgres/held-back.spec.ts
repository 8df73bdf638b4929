import type { RecordedEvent } from '../envelope.js';
import { newEvent } from '../testing/events.js';
import { HELD_BACK_FIRST_RETRY_MS, startPollingSubscription } from './polling-subscription.js';
import type { Page } from './read.js';
import { WakeSignal } from './wake-signal.js';

const POLL_MS = 500;

/** A WakeSignal that records how long the subscription asked to wait each time, and never sleeps. */
class RecordingSignal extends WakeSignal {
  readonly waits: number[] = [];
  override waitAfter(_seen: number, timeoutMs: number): Promise<void> {
    this.waits.push(timeoutMs);
    return Promise.resolve();
  }
}

const recorded = (position: bigint): RecordedEvent => {
  const event = newEvent();
  return { ...event, metadata: { ...event.metadata, recordedAt: '2025-11-30T08:00:00.000Z' }, streamName: 'held-1', streamRevision: 0n, globalPosition: position } as RecordedEvent;
};

/** Answers the pages in turn; after the last one, the subscription is stopped. */
async function waitsFor(pages: readonly Page[]): Promise<{ waits: number[]; delivered: bigint[] }> {
  const signal = new RecordingSignal();
  const delivered: bigint[] = [];
  let read = 0;
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const subscription = startPollingSubscription(
    async (events) => void delivered.push(...events.map((e) => e.globalPosition)),
    { batchSize: 10 },
    {
      readPage: async () => {
        const page = pages[read++];
        if (page) return page;
        stop();
        return { events: [], scannedTo: 0n, heldBack: false };
      },
      signal,
      pollIntervalMs: POLL_MS,
      onEnd: async () => undefined,
    },
  );
  await stopped;
  await subscription.stop();
  return { waits: signal.waits.slice(0, pages.length), delivered };
}

const heldBack: Page = { events: [], scannedTo: 0n, heldBack: true };

describe('a live subscription whose next events are held back by an older open transaction', () => {
  it('given a page held back once, when the subscription looks again, then it waits only the first retry (1 ms), then the poll', async () => {
    const { waits, delivered } = await waitsFor([heldBack, { events: [recorded(7n)], scannedTo: 7n, heldBack: false }]);
    expect(HELD_BACK_FIRST_RETRY_MS).toBe(1);
    expect(waits).toEqual([1, POLL_MS]);
    expect(delivered).toEqual([7n]);
  });

  it('given pages held back again and again (a long transaction), when it keeps looking, then the waits double up to the poll interval', async () => {
    const { waits } = await waitsFor(Array.from({ length: 12 }, () => heldBack));
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, POLL_MS, POLL_MS, POLL_MS]);
  });

  it('given the hold ends and comes back later, when the next page is held back, then the retries start again at 1 ms', async () => {
    const { waits } = await waitsFor([heldBack, heldBack, { events: [], scannedTo: 0n, heldBack: false }, heldBack]);
    expect(waits).toEqual([1, 2, POLL_MS, 1]);
  });
});
