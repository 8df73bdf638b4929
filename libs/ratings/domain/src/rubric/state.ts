import { assertNever } from '@linli/domain-kernel';
import { isIsoDate, type IsoDate } from '../inputs.js';
import { periodRange, type RatingPeriod } from '../period.js';
import type { RatingRubricEvent, RubricVersion } from './events.js';

/** A rubric and its versions, oldest first; `none` until its first version is published. */
export type RatingRubric =
  | { readonly status: 'none' }
  | { readonly status: 'published'; readonly rubricId: string; readonly versions: readonly RubricVersion[] };

export const initialState = (): RatingRubric => ({ status: 'none' });

export function evolve(state: RatingRubric, event: RatingRubricEvent): RatingRubric {
  switch (event.type) {
    case 'ratings.RubricVersionPublished': {
      const versions = state.status === 'published' ? state.versions : [];
      return { status: 'published', rubricId: event.data.rubricId, versions: [...versions, event.data] };
    }
    default:
      return assertNever(event.type);
  }
}

/** The latest version published, or null before the first. */
export const latestVersion = (state: RatingRubric): RubricVersion | null =>
  state.status === 'published' ? (state.versions.at(-1) ?? null) : null;

/** A version by number, to recompute a period under other rules for comparison; null if never published. */
export const rubricVersion = (state: RatingRubric, version: number): RubricVersion | null =>
  state.status === 'published' ? (state.versions.find((v) => v.version === version) ?? null) : null;

/** The version in force on a day: the latest effective on or before it; null before the first takes effect. */
export function rubricInForce(state: RatingRubric, date: IsoDate): RubricVersion | null {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar day written YYYY-MM-DD: ${date}`);
  if (state.status === 'none') return null;
  return state.versions.findLast((v) => v.effectiveFrom <= date) ?? null;
}

/** The version a period is rated under: the one in force on its last day, when the period is complete. */
export function rubricForPeriod(state: RatingRubric, period: RatingPeriod): RubricVersion | null {
  const range = periodRange(period);
  if (!range) throw new RangeError(`not a rating period (YYYY, YYYY-H1 or YYYY-H2): ${period}`);
  return rubricInForce(state, range.last);
}
