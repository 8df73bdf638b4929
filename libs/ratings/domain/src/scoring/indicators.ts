import { measureOf, type MeasureCode } from '../measures.js';

/** An event behind a measured value: its id and its global position in the event store. */
export interface Evidence {
  readonly eventId: string;
  readonly position: bigint;
}

/** One measure of a community for a period, as the projection computed it; `value: null` when there is no data. */
export interface Indicator {
  readonly value: number | boolean | null;
  readonly evidence: readonly Evidence[];
}

/** The measures of one community for one period; a measure left out has no data. */
export type Indicators = Partial<Readonly<Record<MeasureCode, Indicator>>>;

/**
 * The value of a measure, checked against the measure's kind. A value of the wrong kind (a number
 * for a yes/no measure, a rate above 1, a fractional count) is a bug in whatever computed the
 * indicators, not a broken rule, so it throws a RangeError.
 */
export function measuredValue(measure: MeasureCode, indicator: Indicator | undefined): number | boolean | null {
  const value = indicator?.value ?? null;
  if (value === null) return null;
  const { kind } = measureOf(measure);
  const fits =
    kind === 'boolean'
      ? typeof value === 'boolean'
      : typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= 0 &&
        (kind !== 'rate' || value <= 1) &&
        (kind !== 'count' || Number.isSafeInteger(value));
  if (!fits) throw new RangeError(`${measure} is a ${kind}; ${JSON.stringify(value)} is not one`);
  return value;
}

/** The ids of the events behind a value, in the order they were stored, each once. */
export function evidenceIds(evidence: readonly Evidence[] | undefined): string[] {
  const ordered = [...(evidence ?? [])].sort(
    (a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0),
  );
  return [...new Set(ordered.map((e) => e.eventId))];
}
