import { spec } from '../../testing/spec.js';
import { ratingRubric } from '../rating-rubric.js';
import { publish, published, withCriterion } from '../testing/fixtures.js';

const { given } = spec(ratingRubric);
const rejects = (id: string, scoring: unknown, code: string) => given().when(publish({ areas: withCriterion(id, { scoring }) })).thenRejects(code);
const accepts = (id: string, scoring: unknown) => {
  const areas = withCriterion(id, { scoring });
  given().when(publish({ areas })).then(published({ areas }));
};

describe('how a criterion is scored', () => {
  it('names a known kind', () => rejects('fees', { kind: 'logistic' }, 'UnknownScoringKind'));

  it('is given at all', () => rejects('fees', undefined, 'UnknownScoringKind'));

  it('is boolean for a yes/no measure, not linear', () => rejects('branch', { kind: 'linear', zeroAt: 0, fullAt: 1 }, 'ScoringDoesNotFitMeasure'));

  it('is not boolean for a rate', () => rejects('fees', { kind: 'boolean' }, 'ScoringDoesNotFitMeasure'));

  it('is not in steps for a yes/no measure', () => rejects('contract', { kind: 'steps', steps: [{ atLeast: 1, fraction: 1 }] }, 'ScoringDoesNotFitMeasure'));
});

describe('a linear scoring', () => {
  it('needs two different ends', () => rejects('fees', { kind: 'linear', zeroAt: 0.8, fullAt: 0.8 }, 'InvalidLinearScoring'));

  it('needs numbers at both ends', () => rejects('fees', { kind: 'linear', zeroAt: 0.6, fullAt: Number.NaN }, 'InvalidLinearScoring'));

  it('rewards higher values where higher is better', () =>
    rejects('fees', { kind: 'linear', zeroAt: 0.95, fullAt: 0.6 }, 'ScoringAgainstMeasureDirection'));

  it('rewards fewer overdue disputes, never more', () => rejects('overdue', { kind: 'linear', zeroAt: 0, fullAt: 5 }, 'ScoringAgainstMeasureDirection'));

  it('runs from zeroAt above to fullAt below when fewer is better', () => accepts('overdue', { kind: 'linear', zeroAt: 5, fullAt: 0 }));
});

describe('a scoring in steps', () => {
  it('has at least one step', () => rejects('verified', { kind: 'steps', steps: [] }, 'InvalidSteps'));

  it.each([1.2, -0.1, Number.NaN])('gives fractions within 0..1, not %p', (fraction) =>
    rejects('verified', { kind: 'steps', steps: [{ atLeast: 0.8, fraction }] }, 'InvalidSteps'));

  it('has numeric thresholds', () => rejects('verified', { kind: 'steps', steps: [{ atLeast: Number.POSITIVE_INFINITY, fraction: 1 }] }, 'InvalidSteps'));

  it('lists its thresholds in increasing order', () =>
    rejects('verified', { kind: 'steps', steps: [{ atLeast: 1, fraction: 1 }, { atLeast: 0.8, fraction: 0.5 }] }, 'InvalidSteps'));

  it('does not repeat a threshold', () =>
    rejects('verified', { kind: 'steps', steps: [{ atLeast: 0.8, fraction: 0.5 }, { atLeast: 0.8, fraction: 1 }] }, 'InvalidSteps'));

  it('does not go up and down', () =>
    rejects('building_groups', { kind: 'steps', steps: [{ atLeast: 1, fraction: 0.5 }, { atLeast: 3, fraction: 1 }, { atLeast: 6, fraction: 0.8 }] }, 'StepsNotMonotone'));

  it('rises where higher is better', () =>
    rejects('verified', { kind: 'steps', steps: [{ atLeast: 0.8, fraction: 1 }, { atLeast: 1, fraction: 0.5 }] }, 'ScoringAgainstMeasureDirection'));

  it('falls where fewer is better', () =>
    rejects('overdue', { kind: 'steps', steps: [{ atLeast: 0, fraction: 0 }, { atLeast: 3, fraction: 1 }] }, 'ScoringAgainstMeasureDirection'));

  it('starts at 0 where fewer is better, so that the best values earn something', () =>
    rejects('overdue', { kind: 'steps', steps: [{ atLeast: 1, fraction: 1 }, { atLeast: 3, fraction: 0 }] }, 'StepsMustStartAtZero'));

  it('may be a single step', () => accepts('verified', { kind: 'steps', steps: [{ atLeast: 1, fraction: 1 }] }));

  it('may stay flat, which fits either direction', () => accepts('overdue', { kind: 'steps', steps: [{ atLeast: 0, fraction: 1 }, { atLeast: 2, fraction: 1 }] }));
});
