import type pg from 'pg';
import { AppendNotifier } from './append-notifier.js';
import { WakeSignal } from './wake-signal.js';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('waking subscribers', () => {
  it('given a wake-up between a read and the wait, when the subscriber waits, then it does not sleep through it', async () => {
    const signal = new WakeSignal();
    const seen = signal.current;
    signal.fire();
    const started = Date.now();
    await signal.waitAfter(seen, 10_000);
    expect(Date.now() - started).toBeLessThan(50);
  });

  it('given a waiting subscriber, when fired, aborted or timed out, then the wait ends', async () => {
    const signal = new WakeSignal();
    const fired = signal.waitAfter(signal.current, 10_000);
    signal.fire();
    await fired;
    const abort = new AbortController();
    const aborted = signal.waitAfter(signal.current, 10_000, abort.signal);
    abort.abort();
    await aborted;
    const started = Date.now();
    await signal.waitAfter(signal.current, 30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('given a burst of appends, when each reports its commit, then a handful of NOTIFYs cover them all and local subscribers wake at once', async () => {
    const sent: unknown[][] = [];
    // Stands in for the pool only to count statements; the real NOTIFY path is in wake-up.int-spec.ts.
    const pool = { query: async (_text: string, values: unknown[]) => (sent.push(values), settle(5)) } as unknown as pg.Pool;
    const signal = new WakeSignal();
    const notifier = new AppendNotifier(pool, 'disputes', signal, 10);
    for (let i = 0; i < 500; i++) notifier.appended();
    expect(signal.current).toBe(500);
    await settle(60);
    await notifier.close();
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(sent.length).toBeLessThanOrEqual(2);
    expect(sent[0]).toEqual(['linli_events', 'disputes']);
  });
});
