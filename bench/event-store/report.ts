import { mkdirSync, writeFileSync } from 'node:fs';

export interface Comparison {
  readonly name: string;
  readonly unit: string;
  readonly library: number;
  readonly raw: number;
  /** Library ÷ raw: the median of the per-chunk ratios. */
  readonly ratio: number;
  readonly rounds: { readonly library: number[]; readonly raw: number[] };
  /** Minimum library/raw ratio and absolute floor the issue sets, if any. */
  readonly target: { readonly ratio?: number; readonly floor?: number };
}

const ratioOf = (c: Comparison): number => c.ratio;
const meets = (c: Comparison): boolean => (c.target.ratio === undefined || ratioOf(c) >= c.target.ratio) && (c.target.floor === undefined || c.library >= c.target.floor);
const targetText = (c: Comparison): string =>
  [c.target.ratio === undefined ? '' : `≥ ${c.target.ratio}× raw`, c.target.floor === undefined ? '' : `≥ ${c.target.floor.toLocaleString('en')} ${c.unit}`].filter(Boolean).join(', ');
const fmt = (n: number): string => Math.round(n).toLocaleString('en');

/** Prints the comparison table. */
export function printTable(results: readonly Comparison[]): void {
  const rows = results.map((c) => [c.name, `${fmt(c.library)} ${c.unit}`, `${fmt(c.raw)} ${c.unit}`, `${ratioOf(c).toFixed(2)}×`, targetText(c), meets(c) ? 'met' : 'MISSED']);
  const header = ['measure', 'event store', 'raw baseline', 'ratio*', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  console.log(['', line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), '* median of the per-chunk ratios (each chunk runs both sides back to back)', ''].join('\n'));
}

/** Writes bench-results/event-store.json (relative to the working directory, the repo root). */
export function writeJson(results: readonly Comparison[], context: Record<string, unknown>): string {
  mkdirSync('bench-results', { recursive: true });
  const file = 'bench-results/event-store.json';
  const measures = results.map((c) => ({ ...c, ratio: Number(ratioOf(c).toFixed(3)), targetMet: meets(c) }));
  writeFileSync(file, `${JSON.stringify({ benchmark: 'event-store', ranAt: new Date().toISOString(), ...context, measures }, null, 2)}\n`);
  return file;
}

export const allTargetsMet = (results: readonly Comparison[]): boolean => results.every(meets);
