// Calendar arithmetic for the seed; the randomness is the seed kit's (the same --seed and window give the same year).
export { Random } from '@linli/seed-kit';

/** `YYYY-MM` plus `months` (negative for earlier). */
export function addMonths(month: string, months: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The day `day` of a month, clamped to 28 so that every month has it. */
export const dayOf = (month: string, day: number): string => `${month}-${String(Math.min(28, Math.max(1, day))).padStart(2, '0')}`;
