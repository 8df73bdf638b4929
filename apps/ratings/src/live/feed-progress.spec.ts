import { FeedProgress } from './feed-progress.js';

const DISPUTES = 'linli.disputes.v1';
const ORGS = 'linli.organizations.v1';

/** A batch of `topic/partition` arrived (nothing of it resolved) with the partition's end. */
const arrived = (progress: FeedProgress, topic: string, partition: number, firstOffset: number, end: number) =>
  progress.observe({ topic, partition, nextOffset: String(firstOffset), highWatermark: String(end) });
/** Messages of `topic/partition` up to `nextOffset - 1` are resolved; their last event was at `position`. */
const resolved = (progress: FeedProgress, topic: string, partition: number, nextOffset: number, end: number, position: bigint) => {
  progress.noteApplied(topic, partition, position);
  progress.observe({ topic, partition, nextOffset: String(nextOffset), highWatermark: String(end) });
};
const brokerSays = (progress: FeedProgress, lags: { topic: string; partition: number; committed: number; end: number }[]) =>
  progress.observeBroker(lags.map((l) => ({ groupId: 'g', topic: l.topic, partition: l.partition, committed: String(l.committed), end: String(l.end), lag: Math.max(0, l.end - l.committed) })));

describe('the ratings feed watermark', () => {
  it('is null when no partition has messages left: nothing known to be missing', () => {
    const progress = new FeedProgress();
    brokerSays(progress, [{ topic: DISPUTES, partition: 0, committed: 5, end: 5 }, { topic: ORGS, partition: 0, committed: 2, end: 2 }]);
    expect(progress.watermark()).toBeNull();
  });

  it('holds at the last position applied from a partition whose fetched batch is still being applied', () => {
    const progress = new FeedProgress();
    resolved(progress, DISPUTES, 0, 3, 3, 40n);
    arrived(progress, DISPUTES, 0, 3, 6);
    expect(progress.watermark()).toBe(40n);
    expect(progress.backlog()).toBe(3);
  });

  it('moves on as soon as the batch is resolved, without asking the broker', () => {
    const progress = new FeedProgress();
    resolved(progress, DISPUTES, 0, 3, 3, 40n);
    arrived(progress, DISPUTES, 0, 3, 6);
    resolved(progress, DISPUTES, 0, 6, 6, 55n);
    expect(progress.watermark()).toBeNull();
  });

  it('is the lowest of the lagging partitions, ignoring those caught up', () => {
    const progress = new FeedProgress();
    resolved(progress, DISPUTES, 0, 10, 12, 70n);
    resolved(progress, DISPUTES, 1, 4, 9, 52n);
    resolved(progress, ORGS, 0, 8, 8, 20n);
    expect(progress.watermark()).toBe(52n);
  });

  it('counts a backlog the broker reports before the first fetch, from nothing applied', () => {
    const progress = new FeedProgress();
    brokerSays(progress, [{ topic: DISPUTES, partition: 0, committed: 2, end: 9 }]);
    expect(progress.watermark()).toBe(0n);
    expect(progress.backlog()).toBe(7);
  });

  it('never goes back on an older broker view taken before the fetch that went further', () => {
    const progress = new FeedProgress();
    resolved(progress, DISPUTES, 0, 9, 9, 90n);
    brokerSays(progress, [{ topic: DISPUTES, partition: 0, committed: 4, end: 9 }]);
    expect(progress.watermark()).toBeNull();
  });

  it('knows each event it applied by position, and the highest', () => {
    const progress = new FeedProgress();
    resolved(progress, DISPUTES, 0, 1, 1, 31n);
    resolved(progress, DISPUTES, 1, 1, 1, 29n);
    expect(progress.hasApplied(31n)).toBe(true);
    expect(progress.hasApplied(29n)).toBe(true);
    expect(progress.hasApplied(30n)).toBe(false);
    expect(progress.highestApplied()).toBe(31n);
  });
});
