// Calendar arithmetic for the seed; the randomness is the seed kit's (the same --seed gives the same county).

import type { Random } from '@linli/seed-kit';

export { Random } from '@linli/seed-kit';

/** `date` plus `days` (negative for earlier), as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The last day of a term of `years` starting on `start`. */
export function termEnd(start: string, years: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  return addDays(new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10), -1);
}

/** A random date in [from, to]. */
export function dateBetween(random: Random, from: string, to: string): string {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return addDays(from, random.int(0, Math.max(0, days)));
}

/** Splits `total` over weights so the parts sum exactly to it (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  const missing = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) {
    const index = order[k]?.[1] ?? 0;
    parts[index] = (parts[index] ?? 0) + 1;
  }
  return parts;
}
