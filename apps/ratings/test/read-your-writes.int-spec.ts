import type { RatingsLivePipeline } from '../src/live/ratings-live-pipeline.js';
import { openLiveStack, type LiveStack } from './support/live-stack.js';
import { disputeHistory } from './support/stored-scenario.js';

// Read-your-writes for another service's event, the way production runs: a dispute appended to a
// real PostgreSQL event store, a relay publishing it to Kafka, the ratings feed applying it. The
// gate (waitFor) must not say "reached" before the event itself is in the read models, and must
// say so soon after it is.

describe('read-your-writes for events the ratings read models consume from Kafka', () => {
  let stack: LiveStack;
  let pipeline: RatingsLivePipeline;
  const startRelaying = () => stack.startRelay();
  const timeline = (communityId: string) => stack.connection.collection(`${stack.prefix}_governance_history_v1`).countDocuments({ communityId });
  const report = async (communityId: string) => {
    const { stream, events } = disputeHistory(communityId, 1, 10);
    const appended = await stack.store.appendToStream(stream, events.slice(0, 1)); // DisputeReported only
    return appended.position;
  };

  beforeAll(async () => {
    stack = await openLiveStack('ryw');
    pipeline = stack.pipeline();
    await pipeline.start();
    await pipeline.feed?.joined();
  }, 120_000);

  afterAll(async () => {
    await stack?.close(pipeline);
  });

  it('does not report a dispute reached while no relay has published it, though no partition lags', async () => {
    // Given a dispute stored after the feed started, and no relay running
    const community = `rc-${stack.suffix}-unpublished`;
    const position = await report(community);

    // When a query waits for its position
    const reached = await pipeline.waitFor(position, 1_500);

    // Then the gate answers "not yet" (202), and indeed the read models do not have it
    expect(reached).toBe(false);
    expect(await timeline(community)).toBe(0);
  });

  // Follows the case above: the same dispute, now relayed.
  it('reports the dispute reached once the feed applied it, with it in the read models', async () => {
    // Given the dispute of the case above, and a relay that starts publishing
    const community = `rc-${stack.suffix}-unpublished`;
    const position = (await stack.store.readAll({ filter: { streamPrefixes: ['disputes.'] } })).at(-1)!.globalPosition;
    await startRelaying();

    // When a query waits for its position
    const reached = await pipeline.waitFor(position, 30_000);

    // Then it is reached, the read models show it, and the answer reports at least that position
    expect(reached).toBe(true);
    expect(await timeline(community)).toBe(1);
    expect(await pipeline.answeredPosition(position)).toBeGreaterThanOrEqual(position);
    expect(stack.errors).toEqual([]);
  }, 60_000);

  it('sees each of a stream of new disputes in the read models as soon as the gate lets it through', async () => {
    // Given the relay running, when disputes are reported one after the other
    for (let n = 0; n < 5; n++) {
      const community = `rc-${stack.suffix}-live-${n}`;
      const position = await report(community);

      // Then each one's position is reached within the wait, and by then it is in the read models
      expect(await pipeline.waitFor(position, 30_000)).toBe(true);
      expect(await timeline(community)).toBe(1);
    }
    expect(stack.errors).toEqual([]);
  }, 120_000);

  it('classifies a dispute the feed has already applied from what the feed knows, without reading it back from the store', async () => {
    // Given a dispute the feed has applied
    const community = `rc-${stack.suffix}-known`;
    const position = await report(community);
    expect(await pipeline.waitFor(position, 30_000)).toBe(true);

    // When a query waits for its position again, with the store's reads counted (the real store underneath)
    const store = stack.store;
    const readAll = store.readAll.bind(store);
    const reads: Parameters<typeof store.readAll>[0][] = [];
    store.readAll = async (options) => (reads.push(options), readAll(options));
    let reached: boolean;
    try {
      reached = await pipeline.waitFor(position, 30_000);
    } finally {
      store.readAll = readAll;
    }

    // Then it is reached, and the event at the position was not read to learn what it is
    expect(reached).toBe(true);
    expect(reads.filter((options) => options?.fromPosition === position - 1n && options.limit === 1 && options.filter === undefined)).toEqual([]);
    expect(await timeline(community)).toBe(1);
  }, 60_000);

  it('answers a position past the head by the whole position: not reached', async () => {
    // Given a position past the log's head (no event there)
    const beyond = (await stack.store.headPosition()) + 1_000n;

    // Then waiting for it runs out (202), while the head itself is reached
    expect(await pipeline.waitFor(beyond, 300)).toBe(false);
    expect(await pipeline.waitFor(await stack.store.headPosition(), 30_000)).toBe(true);
  }, 60_000);
});
