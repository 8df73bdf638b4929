import { spec } from '../../testing/spec.js';
import { ratingRubric, streamName } from '../rating-rubric.js';
import { partyBuilding } from '../testing/yugan-rubric.js';
import { publish, published, yuganAreasV2 } from '../testing/fixtures.js';

const { given } = spec(ratingRubric);

describe('a rubric with no version yet', () => {
  it('publishes version 1, in force from its effective date', () => given().when(publish()).then(published()));

  it('records when it was published', () =>
    given().when(publish({}, '2024-12-20T08:00:00Z')).then(published({ publishedAt: '2024-12-20T08:00:00Z' })));

  it('may take effect before it is published, to rate a period already under way', () =>
    given().when(publish({ effectiveFrom: '2024-01-01' })).then(published({ effectiveFrom: '2024-01-01' })));

  it('publishes any areas whose weights sum to 100', () => given().when(publish({ areas: yuganAreasV2 })).then(published({ areas: yuganAreasV2 })));

  it('stores ids and names trimmed', () => {
    const padded = { ...partyBuilding, id: ' party_building ', name: '  Party building ' };
    given().when(publish({ areas: [padded, ...published().data.areas.slice(1)] })).then(published());
  });

  it.each([2, 0, -1, 1.5])('does not start at version %p', (version) => given().when(publish({ version })).thenRejects('VersionOutOfSequence'));

  it('refuses an effective date that is not a calendar day', () =>
    given().when(publish({ effectiveFrom: '2025-02-29' })).thenRejects('InvalidDate'));

  it('needs a rubric id', () => given().when(publish({ rubricId: '  ' })).thenRejects('RubricIdRequired'));
});

describe('the rubric stream', () => {
  it('is named after the rubric', () => expect(streamName('yugan-county')).toBe('ratings.Rubric-yugan-county'));
});
