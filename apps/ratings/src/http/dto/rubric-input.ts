import type { Area, Scoring, StarThreshold } from '@linli/ratings-domain';
import type { RubricVersionInput } from '../../application/rating-commands.js';
import type { AreaDto, PublishRubricVersionDto, ScoringDto } from './rubric.dto.js';

// The validated body as plain domain values. A scoring missing what its kind needs is passed on
// as it is (the ends as NaN, no steps), so the domain refuses it with its rule's code (409).

function scoringOf(dto: ScoringDto): Scoring {
  switch (dto.kind) {
    case 'linear':
      return { kind: 'linear', zeroAt: dto.zeroAt ?? Number.NaN, fullAt: dto.fullAt ?? Number.NaN };
    case 'steps':
      return { kind: 'steps', steps: (dto.steps ?? []).map(({ atLeast, fraction }) => ({ atLeast, fraction })) };
    default:
      return { kind: 'boolean' };
  }
}

const areaOf = (dto: AreaDto): Area => ({
  id: dto.id,
  name: dto.name,
  criteria: dto.criteria.map((c) => ({ id: c.id, name: c.name, weight: c.weight, measure: c.measure, scoring: scoringOf(c.scoring) })),
});

export const rubricVersionInput = (dto: PublishRubricVersionDto): RubricVersionInput => ({
  version: dto.version,
  effectiveFrom: dto.effectiveFrom,
  areas: dto.areas.map(areaOf),
  starThresholds: dto.starThresholds.map(({ stars, minScore }) => ({ stars, minScore }) as StarThreshold),
});
