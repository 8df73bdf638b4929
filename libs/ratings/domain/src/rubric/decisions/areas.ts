import { DomainRuleViolation } from '@linli/domain-kernel';
import { requiredText } from '../../inputs.js';
import { isMeasureCode } from '../../measures.js';
import type { Area, Criterion } from '../events.js';
import { validScoring } from './scoring.js';

/** Full marks: the weights of all criteria of a version sum to this many points. */
export const FULL_MARKS = 100;

/** Areas with at least one criterion each; area and criterion ids unique in the version; weights summing to 100. */
export function validAreas(areas: readonly Area[]): Area[] {
  if (!Array.isArray(areas) || areas.length === 0) throw new DomainRuleViolation('AreasRequired', 'a rubric version has at least one area');
  const areaIds = new Set<string>();
  const criterionIds = new Set<string>();
  const valid = areas.map((area): Area => {
    const id = requiredText(area.id, 'AreaIdRequired', 'every area has an id');
    if (areaIds.has(id)) throw new DomainRuleViolation('DuplicateAreaId', `area ${id} appears twice`);
    areaIds.add(id);
    const name = requiredText(area.name, 'AreaNameRequired', `area ${id} needs a name`);
    if (!Array.isArray(area.criteria) || area.criteria.length === 0)
      throw new DomainRuleViolation('CriteriaRequired', `area ${id} has no criteria`);
    return { id, name, criteria: area.criteria.map((criterion: Criterion) => validCriterion(criterion, criterionIds)) };
  });
  const total = valid.flatMap((area) => area.criteria).reduce((sum, criterion) => sum + criterion.weight, 0);
  if (total !== FULL_MARKS)
    throw new DomainRuleViolation('WeightsMustSumTo100', `the weights of all criteria sum to ${total}, not ${FULL_MARKS}`);
  return valid;
}

function validCriterion(criterion: Criterion, seen: Set<string>): Criterion {
  const id = requiredText(criterion.id, 'CriterionIdRequired', 'every criterion has an id');
  if (seen.has(id)) throw new DomainRuleViolation('DuplicateCriterionId', `criterion ${id} appears twice in the version`);
  seen.add(id);
  const name = requiredText(criterion.name, 'CriterionNameRequired', `criterion ${id} needs a name`);
  const { weight, measure } = criterion;
  if (!Number.isSafeInteger(weight) || weight < 1)
    throw new DomainRuleViolation('InvalidWeight', `the weight of ${id} is a whole number of points ≥ 1, not ${String(weight)}`);
  if (!isMeasureCode(measure)) throw new DomainRuleViolation('UnknownMeasure', `${String(measure)} (criterion ${id}) is not a known measure`);
  return { id, name, weight, measure, scoring: validScoring(criterion.scoring, measure, id) };
}
