import { metadata } from '../../testing/spec.js';
import type { PublishRubricVersion } from '../commands.js';
import type { Area, Criterion, RubricVersionPublished } from '../events.js';
import { disputes, partyBuilding, propertyServices, selfGovernment, transparency, yuganAreas, yuganStars } from './yugan-rubric.js';

export const RUBRIC_ID = 'yugan-county';
export const PUBLISHED_AT = '2026-01-15T02:00:00Z';

/** Version 2: disputes count for more (30), party building for less (25); five stars from 92. */
export const yuganAreasV2: Area[] = [
  { ...partyBuilding, criteria: partyBuilding.criteria.map((c) => (c.id === 'members_back' ? { ...c, weight: 3 } : c)) },
  selfGovernment,
  propertyServices,
  transparency,
  { ...disputes, criteria: disputes.criteria.map((c) => (c.id === 'overdue' ? { ...c, weight: 9 } : c)) },
];
export const yuganStarsV2 = [...yuganStars.slice(0, 4), { stars: 5 as const, minScore: 92 }];

type PublishData = PublishRubricVersion['data'];
const v1: PublishData = { rubricId: RUBRIC_ID, version: 1, effectiveFrom: '2025-01-01', areas: yuganAreas, starThresholds: yuganStars };
const v2: PublishData = { rubricId: RUBRIC_ID, version: 2, effectiveFrom: '2026-01-01', areas: yuganAreasV2, starThresholds: yuganStarsV2 };

export const publish = (data: Partial<PublishData> = {}, now = PUBLISHED_AT): PublishRubricVersion => ({
  type: 'PublishRubricVersion',
  data: { ...v1, ...data },
  metadata: metadata(now),
});
export const publishV2 = (data: Partial<PublishData> = {}): PublishRubricVersion => publish({ ...v2, ...data });

export const published = (data: Partial<RubricVersionPublished['data']> = {}): RubricVersionPublished => ({
  type: 'ratings.RubricVersionPublished',
  data: { ...v1, publishedAt: PUBLISHED_AT, ...data },
});
export const publishedV2 = (data: Partial<RubricVersionPublished['data']> = {}): RubricVersionPublished => published({ ...v2, ...data });

/** Version 1 with one criterion changed (found by id), for specs of a single rule. */
export function withCriterion(id: string, change: Partial<Criterion> | Record<string, unknown>): Area[] {
  return yuganAreas.map((area) => ({ ...area, criteria: area.criteria.map((c) => (c.id === id ? ({ ...c, ...change } as Criterion) : c)) }));
}
