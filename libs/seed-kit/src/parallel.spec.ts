import { inParallel } from './parallel.js';

describe('running seed work in parallel', () => {
  it('keeps at most `concurrency` items in flight and does every item once', async () => {
    let inFlight = 0;
    let most = 0;
    const done: number[] = [];
    await inParallel([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      done.push(item);
      inFlight--;
    });
    expect(most).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('fails with the first error', async () => {
    await expect(inParallel([1, 2, 3], 2, async (item) => {
      if (item === 2) throw new Error('refused');
    })).rejects.toThrow('refused');
  });
});
