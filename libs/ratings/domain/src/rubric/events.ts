import type { DomainEvent } from '@linli/domain-kernel';
import type { IsoDate } from '../inputs.js';
import type { MeasureCode } from '../measures.js';

/** A step of a `steps` scoring: a value at or above `atLeast` earns `fraction` (0..1) of the weight. */
export interface ScoringStep {
  readonly atLeast: number;
  readonly fraction: number;
}

/**
 * How a measured value maps to 0..1 of a criterion's weight:
 * - `boolean`: true earns all of it, false none;
 * - `linear`: nothing at `zeroAt`, all at `fullAt`, in proportion between, held within 0..1 outside
 *   (`zeroAt > fullAt` when fewer is better);
 * - `steps`: the highest step reached; a value below the first step earns nothing.
 */
export type Scoring =
  | { readonly kind: 'boolean' }
  | { readonly kind: 'linear'; readonly zeroAt: number; readonly fullAt: number }
  | { readonly kind: 'steps'; readonly steps: readonly ScoringStep[] };

export type ScoringKind = Scoring['kind'];
export const SCORING_KINDS: readonly ScoringKind[] = ['boolean', 'linear', 'steps'];

/** A criterion is worth `weight` whole points out of the rubric's 100. */
export interface Criterion {
  readonly id: string;
  readonly name: string;
  readonly weight: number;
  readonly measure: MeasureCode;
  readonly scoring: Scoring;
}

/** An area groups criteria, e.g. party building, self-government, disputes. */
export interface Area {
  readonly id: string;
  readonly name: string;
  readonly criteria: readonly Criterion[];
}

export type StarCount = 1 | 2 | 3 | 4 | 5;
export const STAR_COUNTS: readonly StarCount[] = [1, 2, 3, 4, 5];
export const isStarCount = (value: unknown): value is StarCount => STAR_COUNTS.includes(value as StarCount);

/** A total of at least `minScore` (0..100) recommends `stars`. */
export interface StarThreshold {
  readonly stars: StarCount;
  readonly minScore: number;
}

/** Which version of which rubric: every score and award says which rules it used. */
export interface RubricVersionRef {
  readonly rubricId: string;
  readonly version: number;
}

/** The rules of one rubric version, as published. */
export interface RubricVersion extends RubricVersionRef {
  readonly effectiveFrom: IsoDate;
  readonly areas: readonly Area[];
  readonly starThresholds: readonly StarThreshold[];
  readonly publishedAt: string;
}

/** The assessors published a version of the rubric, in force from `effectiveFrom` until the next version's. */
export type RubricVersionPublished = DomainEvent<'ratings.RubricVersionPublished', RubricVersion>;

export type RatingRubricEvent = RubricVersionPublished;
