import { spec } from '../../testing/spec.js';
import { ratingRubric } from '../rating-rubric.js';
import { yuganStars } from '../testing/yugan-rubric.js';
import { publish, published, publishedV2, publishV2, yuganAreasV2 } from '../testing/fixtures.js';

const { given } = spec(ratingRubric);

/** The same value with the keys of every object, at every depth, in reverse order. */
function withKeysReversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withKeysReversed) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, withKeysReversed(inner)])) as T;
}

describe('a rubric with version 1 in force from 2025-01-01', () => {
  it('publishes version 2 in force from a later date', () => given(published()).when(publishV2()).then(publishedV2()));

  it('publishes version 2 in force from the very next day', () =>
    given(published()).when(publishV2({ effectiveFrom: '2025-01-02' })).then(publishedV2({ effectiveFrom: '2025-01-02' })));

  it('refuses version 2 in force from the same day as version 1', () =>
    given(published()).when(publishV2({ effectiveFrom: '2025-01-01' })).thenRejects('EffectiveDateNotAfterPrevious'));

  it('refuses version 2 in force before version 1', () =>
    given(published()).when(publishV2({ effectiveFrom: '2024-07-01' })).thenRejects('EffectiveDateNotAfterPrevious'));

  it('refuses to skip a version number', () => given(published()).when(publishV2({ version: 3 })).thenRejects('VersionOutOfSequence'));

  it('changes nothing when version 1 is published again with the same rules (a retry)', () =>
    given(published()).when(publish()).thenNothingHappens());

  it('sees a retry as the same rules even when the stored version comes back with its keys in another order (as from jsonb)', () => {
    const stored = published();
    given({ ...stored, data: withKeysReversed(stored.data) }).when(publish()).thenNothingHappens();
  });

  it('refuses to publish version 1 again with other rules', () =>
    given(published()).when(publish({ areas: yuganAreasV2 })).thenRejects('VersionAlreadyPublished'));

  it('refuses to publish version 1 again with another effective date', () =>
    given(published()).when(publish({ effectiveFrom: '2025-01-02' })).thenRejects('VersionAlreadyPublished'));

  it('fails loudly when the application sends another rubric to this stream', () =>
    given(published()).when(publishV2({ rubricId: 'wannian-county' })).thenFailsLoudly(/yugan-county.*wannian-county/));
});

describe('a rubric with versions 1 and 2', () => {
  const history = [published(), publishedV2()];

  it('publishes version 3 after version 2', () => {
    const v3 = { version: 3, effectiveFrom: '2027-01-01', starThresholds: yuganStars };
    given(...history).when(publishV2(v3)).then(publishedV2(v3));
  });

  it('refuses version 3 in force before version 2', () =>
    given(...history).when(publishV2({ version: 3, effectiveFrom: '2025-12-31' })).thenRejects('EffectiveDateNotAfterPrevious'));

  it('no longer takes version 1 again, even unchanged', () => given(...history).when(publish()).thenRejects('VersionOutOfSequence'));
});
