import fc from 'fast-check';
import { MEASURE_CODES, measureOf, type MeasureCode } from '../../measures.js';
import type { Area, Criterion, Scoring, StarCount, StarThreshold } from '../../rubric/events.js';
import type { Indicator, Indicators } from '../indicators.js';

// Random published rubrics and indicators for the property tests of scoring. Rubrics are valid by
// construction (a property checks that PublishRubricVersion accepts every one of them).

const hundredths = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

/** A value a measure can take: a yes/no, a rate to four decimals, a count, or a quantity to two. */
export function valueOf(measure: MeasureCode): fc.Arbitrary<number | boolean> {
  switch (measureOf(measure).kind) {
    case 'boolean':
      return fc.boolean();
    case 'rate':
      return fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);
    case 'count':
      return fc.integer({ min: 0, max: 40 });
    case 'quantity':
      return hundredths(0, 30);
  }
}

function scoringOf(measure: MeasureCode): fc.Arbitrary<Scoring> {
  const { kind, favourable } = measureOf(measure);
  if (kind === 'boolean') return fc.constant({ kind: 'boolean' });
  const max = kind === 'rate' ? 1 : 30;
  const linear = fc.uniqueArray(hundredths(0, max), { minLength: 2, maxLength: 2 }).map(([a, b]): Scoring => {
    const [low, high] = sorted([a!, b!]);
    return favourable === 'higher' ? { kind: 'linear', zeroAt: low!, fullAt: high! } : { kind: 'linear', zeroAt: high!, fullAt: low! };
  });
  const steps = fc
    .uniqueArray(hundredths(0, max), { minLength: 1, maxLength: 4 })
    .chain((thresholds) => fc.tuple(fc.constant(thresholds), fc.array(hundredths(0, 1), { minLength: thresholds.length, maxLength: thresholds.length })))
    .map(([thresholds, fractions]): Scoring => {
      const atLeasts = sorted(thresholds);
      if (favourable === 'lower') atLeasts[0] = 0;
      const ordered = favourable === 'higher' ? sorted(fractions) : sorted(fractions).reverse();
      return { kind: 'steps', steps: atLeasts.map((atLeast, i) => ({ atLeast, fraction: ordered[i]! })) };
    });
  return fc.oneof(linear, steps);
}

const criterionShape = fc.constantFrom(...MEASURE_CODES).chain((measure) => fc.record({ measure: fc.constant(measure), scoring: scoringOf(measure) }));

/** Whole weights ≥ 1 summing to 100: the gaps between n − 1 distinct cuts of 1..99. */
const weights = (n: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: n - 1, maxLength: n - 1 }).map((cuts) => {
    const bounds = [0, ...sorted(cuts), 100];
    return bounds.slice(1).map((bound, i) => bound - bounds[i]!);
  });

/** One to three areas of one to four criteria each, weights summing to 100. */
export const areas: fc.Arbitrary<Area[]> = fc
  .array(fc.array(criterionShape, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 })
  .chain((shapes) => fc.tuple(fc.constant(shapes), weights(shapes.flat().length)))
  .map(([shapes, ws]) => {
    let next = 0;
    return shapes.map((criteria, a) => ({
      id: `area-${a}`,
      name: `Area ${a}`,
      criteria: criteria.map((shape): Criterion => {
        const i = next++;
        return { id: `criterion-${i}`, name: `Criterion ${i}`, weight: ws[i]!, ...shape };
      }),
    }));
  });

/** Some of the five star counts, at increasing whole milli-point thresholds. */
export const starThresholds: fc.Arbitrary<StarThreshold[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 5 })
  .chain((scores) => fc.tuple(fc.constant(sorted(scores)), fc.shuffledSubarray<StarCount>([1, 2, 3, 4, 5], { minLength: scores.length, maxLength: scores.length })))
  .map(([scores, stars]) => sorted(stars).map((s, i) => ({ stars: s as StarCount, minScore: scores[i]! / 1000 })));

export const rubric = fc.record({ rubricId: fc.constant('random'), version: fc.constant(1), areas, starThresholds });

const evidence = fc.array(fc.record({ eventId: fc.constantFrom('e-1', 'e-2', 'e-3', 'e-4'), position: fc.bigInt({ min: 1n, max: 50n }) }), { maxLength: 4 });
const indicatorOf = (measure: MeasureCode): fc.Arbitrary<Indicator> =>
  fc.record({ value: fc.option(valueOf(measure), { nil: null, freq: 6 }), evidence });

/** Indicators for any subset of the measures, some without data. */
export const indicators: fc.Arbitrary<Indicators> = fc.record(
  Object.fromEntries(MEASURE_CODES.map((measure) => [measure, indicatorOf(measure)])) as Record<MeasureCode, fc.Arbitrary<Indicator>>,
  { requiredKeys: [] },
);

/** Two values of a measure, the second at least as good as the first. */
export function worseAndBetter(measure: MeasureCode): fc.Arbitrary<[number | boolean, number | boolean]> {
  return fc.tuple(valueOf(measure), valueOf(measure)).map(([a, b]) => {
    if (typeof a === 'boolean') return [a && b, a || b];
    const [low, high] = sorted([a, b as number]);
    return measureOf(measure).favourable === 'higher' ? [low!, high!] : [high!, low!];
  });
}
