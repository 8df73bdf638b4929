import type { JsonSchema } from '../json-schema.js';
import { byStream, v1On } from './channel.js';
import { codes, date, dateTime, id, payload } from './schema-parts.js';
import { RATINGS_TOPIC } from './topics.js';

// The rules communities are rated by: which measures count, how much, how they are scored and which
// total earns which stars. Published so that anyone can recompute a score. Area and criterion
// labels are text and stay with the ratings service; ids identify them.

const v1 = v1On({ topic: RATINGS_TOPIC, source: '/linli/ratings' });

/** What a rubric can measure, each computed by the ratings projection from public events. */
export const MEASURE_CODES = [
  'dispute_resolution_rate',
  'low_level_resolution_share',
  'median_days_to_resolve',
  'satisfaction_average',
  'overdue_count',
  'contract_in_force',
  'fee_collection_rate',
  'statements_on_time',
  'statements_verified',
  'branch_in_place',
  'building_groups',
  'owners_committee_in_place',
  'supervisory_board_in_place',
  'members_per_100_households',
  'reception_days_held',
  'member_assessment_average',
] as const;
export const SCORING_KINDS = ['boolean', 'linear', 'steps'] as const;

export type ScoringV1 =
  | { kind: 'boolean' }
  | { kind: 'linear'; zeroAt: number; fullAt: number }
  | { kind: 'steps'; steps: { atLeast: number; fraction: number }[] };

export interface RubricCriterionV1 {
  areaId: string;
  criterionId: string;
  measure: (typeof MEASURE_CODES)[number];
  /** Whole points out of 100. */
  weight: number;
  scoring: ScoringV1;
}

export interface RubricVersionPublishedV1 {
  rubricId: string;
  version: number;
  effectiveFrom: string;
  publishedAt: string;
  criteria: RubricCriterionV1[];
  starThresholds: { stars: number; minScore: number }[];
}

const number: JsonSchema = { type: 'number' };
const scoring = payload('ScoringV1', {
  kind: codes(SCORING_KINDS),
  zeroAt: number,
  fullAt: number,
  steps: { type: 'array', items: payload('ScoringStepV1', { atLeast: number, fraction: { type: 'number', minimum: 0, maximum: 1 } }) },
}, ['zeroAt', 'fullAt', 'steps']);

/** The assessors published a version of a rubric, in force from `effectiveFrom` until the next version's. */
export const rubricVersionPublishedV1 = v1<RubricVersionPublishedV1>({
  type: 'cn.linli.ratings.rubric-version-published.v1',
  summary: 'A version of a rating rubric was published: its criteria, weights, scoring and star thresholds.',
  schema: payload('RubricVersionPublishedV1', {
    rubricId: id,
    version: { type: 'integer', minimum: 1 },
    effectiveFrom: date,
    publishedAt: dateTime,
    criteria: {
      type: 'array',
      minItems: 1,
      items: payload('RubricCriterionV1', { areaId: id, criterionId: id, measure: codes(MEASURE_CODES), weight: { type: 'integer', minimum: 1, maximum: 100 }, scoring }),
    },
    starThresholds: {
      type: 'array',
      minItems: 1,
      items: payload('StarThresholdV1', { stars: { type: 'integer', minimum: 1, maximum: 5 }, minScore: { type: 'number', minimum: 0, maximum: 100 } }),
    },
  }),
  example: {
    rubricId: 'yugan-county',
    version: 1,
    effectiveFrom: '2025-01-01',
    publishedAt: '2025-12-01T02:00:00.000Z',
    criteria: [
      { areaId: 'disputes', criterionId: 'resolution', measure: 'dispute_resolution_rate', weight: 60, scoring: { kind: 'linear', zeroAt: 0.5, fullAt: 0.95 } },
      { areaId: 'disputes', criterionId: 'overdue', measure: 'overdue_count', weight: 20, scoring: { kind: 'steps', steps: [{ atLeast: 0, fraction: 1 }, { atLeast: 3, fraction: 0.5 }, { atLeast: 6, fraction: 0 }] } },
      { areaId: 'property', criterionId: 'contract', measure: 'contract_in_force', weight: 20, scoring: { kind: 'boolean' } },
    ],
    starThresholds: [
      { stars: 3, minScore: 60 },
      { stars: 4, minScore: 75 },
      { stars: 5, minScore: 90 },
    ],
  },
  partitionKey: byStream,
});
