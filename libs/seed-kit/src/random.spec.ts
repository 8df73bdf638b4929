import { Random, randomFor } from './random.js';

// The sequences the three seeds drew before they shared this kit: a change here would change the
// demo county of every seed, and clash with the Idempotency-Keys of data already recorded.
describe('the seed kit’s random streams', () => {
  it('draw the same mulberry32 sequence as before for a seed', () => {
    const random = new Random(42);
    expect(Array.from({ length: 4 }, () => random.next())).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099, 0.6697340414393693]);
  });

  it('name a stream by a seed and a label as the property seed did', () => {
    const random = Random.of(42, 'contracts c-1');
    expect([random.next(), random.int(0, 1000)]).toEqual([0.07063575927168131, 260]);
    expect(Random.of(42, 'contracts c-2').next()).not.toBe(0.07063575927168131);
  });

  it('name a stream by seed/label as the disputes seed did', () => {
    const random = randomFor(42, 'dispute/1');
    expect([random.next(), random.next(), random.int(1, 365)]).toEqual([0.08745236741378903, 0.17702281032688916, 71]);
  });

  it('pick by weight, never a zero weight', () => {
    const random = new Random(7);
    const picks = Array.from({ length: 500 }, () => random.weighted([['a', 3], ['never', 0], ['b', 1]] as const));
    expect(picks).not.toContain('never');
    expect(picks.filter((p) => p === 'a').length).toBeGreaterThan(picks.filter((p) => p === 'b').length);
  });

  it('shuffle into a permutation of the items', () => {
    expect(new Random(1).shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

