import { writeInLanes } from './write-lanes.js';

describe('writing in lanes', () => {
  it('given 10 items, 4 lanes and chunks of at most 2, when written, then every item goes out once in chunks of 2, never more than 4 at a time', async () => {
    const written: number[][] = [];
    let running = 0;
    let most = 0;
    await writeInLanes([...Array(10).keys()], 4, 2, async (chunk) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setImmediate(resolve));
      written.push(chunk);
      running--;
    });
    expect(written.flat().sort((a, b) => a - b)).toEqual([...Array(10).keys()]);
    expect(written.every((chunk) => chunk.length === 2)).toBe(true);
    expect(most).toBe(4);
  });

  it('given fewer items than lanes, when written, then one item per chunk and no empty chunk', async () => {
    const written: string[][] = [];
    await writeInLanes(['a', 'b'], 4, 2_000, async (chunk) => void written.push(chunk));
    expect(written).toEqual([['a'], ['b']]);
    await writeInLanes([], 4, 2_000, async (chunk) => void written.push(chunk));
    expect(written).toHaveLength(2);
  });

  it('given a chunk that fails, when written, then it rejects with that failure only after the other lanes finished', async () => {
    let finished = 0;
    const failure = new Error('duplicate key');
    const writing = writeInLanes([1, 2, 3, 4], 2, 2, async (chunk) => {
      if (chunk[0] === 1) throw failure;
      await new Promise((resolve) => setTimeout(resolve, 20));
      finished++;
    });
    await expect(writing).rejects.toBe(failure);
    expect(finished).toBe(1);
  });
});
