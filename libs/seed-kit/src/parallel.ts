/** Runs `work` over `items` with at most `concurrency` in flight, in item order; fails on the first error. */
export async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<unknown>, onDone?: (done: number) => void): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
      onDone?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}

/** A progress line for `label` that rewrites itself on a terminal and prints every tenth otherwise. */
export function progress(label: string, total: number): { tick: (done: number) => void; end: () => void } {
  const started = Date.now();
  const step = Math.max(1, Math.ceil(total / 10));
  const tty = process.stdout.isTTY === true;
  return {
    tick: (done) => {
      if (tty) process.stdout.write(`  ${label}: ${done}/${total}\r`);
      else if (done % step === 0 && done < total) process.stdout.write(`  ${label}: ${done}/${total}\n`);
    },
    end: () => process.stdout.write(`  ${label}: ${total} in ${((Date.now() - started) / 1000).toFixed(1)} s${tty ? '\x1b[K' : ''}\n`),
  };
}
