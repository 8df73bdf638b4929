import type pg from 'pg';
import { AppendNotifier, decodeNotification, encodeNotification } from './append-notifier.js';
import { WakeRouter } from './wake-router.js';
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

  it('given a burst of appends, when each reports its commit, then a handful of NOTIFYs name every stream and local subscribers wake at once', async () => {
    const sent: string[] = [];
    // Stands in for the pool only to count statements; the real NOTIFY path is in wake-up.int-spec.ts.
    const pool = { query: async (_text: string, values: string[]) => (sent.push(values[1] as string), settle(5)) } as unknown as pg.Pool;
    const router = new WakeRouter();
    const local = router.route({ streamPrefixes: ['disputes.'] });
    const notifier = new AppendNotifier(pool, 'linli', router, 'store-a', 10);
    for (let i = 0; i < 100; i++) notifier.appended(`disputes.Dispute-${i % 10}`);
    expect(local.signal.current).toBe(100);
    await settle(60);
    await notifier.close();
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(sent.length).toBeLessThanOrEqual(2);
    const named = sent.map(decodeNotification);
    expect(named.every((n) => n.schema === 'linli' && n.sender === 'store-a')).toBe(true);
    expect(new Set(named.flatMap((n) => n.streams ?? []))).toEqual(new Set(Array.from({ length: 10 }, (_, i) => `disputes.Dispute-${i}`)));
  });
});

describe('routing wake-ups to the subscriptions an append may concern', () => {
  it('given subscriptions of two services, when one service appends, then only its own subscription and the unfiltered one wake', () => {
    const router = new WakeRouter();
    const disputes = router.route({ streamPrefixes: ['disputes.'] });
    const ratings = router.route({ streamPrefixes: ['ratings.'] });
    const everything = router.route(undefined);
    const byType = router.route({ eventTypes: ['ratings.AwardGranted'] });
    router.fire(['disputes.Dispute-1']);
    expect([disputes, ratings, everything, byType].map((route) => route.signal.current)).toEqual([1, 0, 1, 1]);
  });

  it('given a wake-up that names no streams (a legacy notification, a reconnect), when fired, then every subscription wakes', () => {
    const router = new WakeRouter();
    const routes = [router.route({ streamPrefixes: ['disputes.'] }), router.route({ streamPrefixes: ['ratings.'] })];
    router.fire();
    expect(routes.map((route) => route.signal.current)).toEqual([1, 1]);
  });

  it('given a closed route, when an append concerns it, then nothing is woken there any more', () => {
    const router = new WakeRouter();
    const route = router.route({ streamPrefixes: ['disputes.'] });
    route.close();
    router.fire(['disputes.Dispute-1']);
    expect(route.signal.current).toBe(0);
  });

  it('given streams too many to list or with a line break, when encoded, then the payload names none and so wakes everyone', () => {
    const many = Array.from({ length: 200 }, (_, i) => `property.Statement-${'x'.repeat(40)}-${i}`);
    expect(decodeNotification(encodeNotification('linli', 'store-a', many))).toEqual({ schema: 'linli', sender: 'store-a', streams: undefined });
    expect(decodeNotification(encodeNotification('linli', 'store-a', ['odd\nstream'])).streams).toBeUndefined();
    expect(decodeNotification('linli')).toEqual({ schema: 'linli', sender: undefined, streams: undefined });
  });
});
