import type { Comparison } from './report.js';

/** One side's throughput for one chunk of work (events or appends per second). */
type Side = (chunk: number) => Promise<number>;

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs both sides chunk by chunk, back to back and alternating which goes first, after one
 * warm-up chunk each (connections, prepared statements, JIT). Each side's figure is its mean
 * throughput; the ratio is the median of the per-chunk ratios, so a burst of load from anything
 * else on the machine skews one pair, not the result.
 */
export async function compare(name: string, unit: string, target: Comparison['target'], chunks: number, library: Side, raw: Side): Promise<Comparison> {
  await raw(-1);
  await library(-1);
  const rounds = { library: [] as number[], raw: [] as number[] };
  for (let chunk = 0; chunk < chunks; chunk++) {
    if (chunk % 2 === 0) {
      rounds.raw.push(await raw(chunk));
      rounds.library.push(await library(chunk));
    } else {
      rounds.library.push(await library(chunk));
      rounds.raw.push(await raw(chunk));
    }
  }
  const ratio = median(rounds.library.map((lib, i) => lib / rounds.raw[i]));
  return {
    name,
    unit,
    library: mean(rounds.library),
    raw: mean(rounds.raw),
    ratio,
    rounds: { library: rounds.library.map(Math.round), raw: rounds.raw.map(Math.round) },
    target,
  };
}
