import { assertNever, DomainRuleViolation } from '@linli/domain-kernel';
import { measureOf, type FavourableDirection, type MeasureCode } from '../../measures.js';
import { SCORING_KINDS, type Scoring, type ScoringStep } from '../events.js';

/**
 * A scoring that fits its measure: `boolean` for yes/no measures, `linear` or `steps` for numbers,
 * always rewarding the measure's favourable direction (so no rubric can reward overdue disputes).
 */
export function validScoring(scoring: Scoring, measure: MeasureCode, criterionId: string): Scoring {
  const kind = (scoring as { kind?: unknown } | undefined)?.kind;
  if (!SCORING_KINDS.includes(kind as Scoring['kind']))
    throw new DomainRuleViolation('UnknownScoringKind', `criterion ${criterionId}: ${String(kind)} is not a scoring kind (${SCORING_KINDS.join(', ')})`);
  const { kind: valueKind, favourable } = measureOf(measure);
  if ((scoring.kind === 'boolean') !== (valueKind === 'boolean'))
    throw new DomainRuleViolation('ScoringDoesNotFitMeasure', `criterion ${criterionId}: ${measure} is a ${valueKind} and cannot be scored ${scoring.kind}`);
  switch (scoring.kind) {
    case 'boolean':
      return { kind: 'boolean' };
    case 'linear':
      return validLinear(scoring, measure, favourable, criterionId);
    case 'steps':
      return { kind: 'steps', steps: validSteps(scoring.steps, measure, favourable, criterionId) };
    default:
      return assertNever(scoring);
  }
}

function validLinear({ zeroAt, fullAt }: { zeroAt: number; fullAt: number }, measure: MeasureCode, favourable: FavourableDirection, criterionId: string): Scoring {
  if (!Number.isFinite(zeroAt) || !Number.isFinite(fullAt) || zeroAt === fullAt)
    throw new DomainRuleViolation('InvalidLinearScoring', `criterion ${criterionId}: zeroAt and fullAt are two different numbers`);
  if ((fullAt > zeroAt ? 'higher' : 'lower') !== favourable) throw againstDirection(measure, favourable, criterionId);
  return { kind: 'linear', zeroAt, fullAt };
}

function validSteps(steps: readonly ScoringStep[], measure: MeasureCode, favourable: FavourableDirection, criterionId: string): ScoringStep[] {
  const invalid = (why: string) => new DomainRuleViolation('InvalidSteps', `criterion ${criterionId}: ${why}`);
  if (!Array.isArray(steps) || steps.length === 0) throw invalid('steps scoring needs at least one step');
  const valid = steps.map(({ atLeast, fraction }): ScoringStep => {
    if (!Number.isFinite(atLeast)) throw invalid(`atLeast ${String(atLeast)} is not a number`);
    if (!Number.isFinite(fraction) || fraction < 0 || fraction > 1) throw invalid(`fraction ${String(fraction)} is not within 0..1`);
    return { atLeast, fraction };
  });
  const pairs = valid.slice(1).map((step, i) => [valid[i], step] as const);
  if (pairs.some(([a, b]) => b.atLeast <= a.atLeast)) throw invalid('the atLeast values must increase strictly');
  const rises = pairs.some(([a, b]) => b.fraction > a.fraction);
  const falls = pairs.some(([a, b]) => b.fraction < a.fraction);
  if (rises && falls) throw new DomainRuleViolation('StepsNotMonotone', `criterion ${criterionId}: the fractions go both up and down`);
  if ((favourable === 'higher' && falls) || (favourable === 'lower' && rises)) throw againstDirection(measure, favourable, criterionId);
  if (favourable === 'lower' && valid[0].atLeast > 0)
    throw new DomainRuleViolation('StepsMustStartAtZero', `criterion ${criterionId}: fewer is better for ${measure}, so the first step starts at 0, or the best values would earn nothing`);
  return valid;
}

const againstDirection = (measure: MeasureCode, favourable: FavourableDirection, criterionId: string) =>
  new DomainRuleViolation('ScoringAgainstMeasureDirection', `criterion ${criterionId}: ${favourable} values of ${measure} are better, so they must earn more`);
