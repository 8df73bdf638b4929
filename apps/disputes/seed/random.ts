// A small seeded pseudo-random generator (mulberry32): the same seed gives the same demo data on
// every machine and every run, whatever order the concurrent workers take the disputes in.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One of the items, by weight. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  pick<T>(items: readonly T[]): T;
}

/** A generator for one stream of choices, named by a seed and a label (e.g. the dispute's number). */
export function randomFor(seed: number, label: string): Random {
  let state = hash(`${seed}/${label}`);
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    weighted: <T>(choices: readonly (readonly [T, number])[]): T => {
      let roll = next() * choices.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [value, weight] of choices) if ((roll -= weight) < 0) return value;
      return (choices[choices.length - 1] as readonly [T, number])[0];
    },
    pick: (items) => items[int(0, items.length - 1)] as (typeof items)[number],
  };
}

function hash(text: string): number {
  let h = 2_166_136_261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619);
  return h >>> 0;
}
