import { spec } from '../../testing/spec.js';
import type { Area } from '../events.js';
import { ratingRubric } from '../rating-rubric.js';
import { publish, published, withCriterion } from '../testing/fixtures.js';
import { disputes, partyBuilding, propertyServices, selfGovernment, transparency, yuganAreas } from '../testing/yugan-rubric.js';

const { given } = spec(ratingRubric);
const rejects = (areas: Area[], code: string) => given().when(publish({ areas })).thenRejects(code);

describe('the areas of a new version', () => {
  it('are at least one', () => rejects([], 'AreasRequired'));

  it('each have an id', () => rejects([{ ...partyBuilding, id: ' ' }, ...yuganAreas.slice(1)], 'AreaIdRequired'));

  it('each have a name', () => rejects([{ ...partyBuilding, name: '' }, ...yuganAreas.slice(1)], 'AreaNameRequired'));

  it('have distinct ids', () =>
    rejects([partyBuilding, selfGovernment, propertyServices, transparency, { ...disputes, id: 'transparency' }], 'DuplicateAreaId'));

  it('each have at least one criterion', () => rejects([...yuganAreas, { id: 'social', name: 'Social organisations', criteria: [] }], 'CriteriaRequired'));

  it('may be a single area holding all 100 points', () => {
    const single: Area[] = [{ id: 'all', name: 'Everything', criteria: yuganAreas.flatMap((area) => area.criteria) }];
    given().when(publish({ areas: single })).then(published({ areas: single }));
  });
});

describe('the criteria of a new version', () => {
  it('each have an id', () => rejects(withCriterion('fees', { id: '' }), 'CriterionIdRequired'));

  it('each have a name', () => rejects(withCriterion('fees', { name: '  ' }), 'CriterionNameRequired'));

  it('have ids distinct across all areas', () => rejects(withCriterion('fees', { id: 'branch' }), 'DuplicateCriterionId'));

  it.each([0, -2, 2.5, Number.NaN])('refuse a weight of %p', (weight) => rejects(withCriterion('fees', { weight }), 'InvalidWeight'));

  it('refuse weights summing to 99', () => rejects(withCriterion('fees', { weight: 9 }), 'WeightsMustSumTo100'));

  it('refuse weights summing to 101', () => rejects(withCriterion('fees', { weight: 11 }), 'WeightsMustSumTo100'));

  it('refuse a measure outside the catalogue', () => rejects(withCriterion('fees', { measure: 'happiness_index' }), 'UnknownMeasure'));

  it('may use the same measure twice, scored two ways', () => {
    const twice = withCriterion('fees', { weight: 5 }).map((area) =>
      area.id !== 'property_services'
        ? area
        : { ...area, criteria: [...area.criteria, { id: 'fees_full', name: 'Fees fully collected', weight: 5, measure: 'fee_collection_rate' as const, scoring: { kind: 'steps' as const, steps: [{ atLeast: 1, fraction: 1 }] } }] },
    );
    given().when(publish({ areas: twice })).then(published({ areas: twice }));
  });
});
