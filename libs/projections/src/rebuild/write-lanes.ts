/**
 * Runs `write` over the items in chunks (at most `maxChunk` each, spread evenly over the lanes), at
 * most `lanes` chunks at a time; rejects with the first failure once no chunk is being written.
 * The rebuild writes its flushes this way, and the projections bench its like-for-like baseline.
 */
export async function writeInLanes<T>(items: readonly T[], lanes: number, maxChunk: number, write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  if (items.length === 0) return;
  const used = Math.max(1, Math.min(lanes, items.length));
  const size = Math.min(maxChunk, Math.ceil(items.length / used));
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < chunks.length) await write(chunks[next++] as T[]);
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(used, chunks.length) }, lane));
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}
