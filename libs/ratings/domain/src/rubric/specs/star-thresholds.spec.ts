import { spec } from '../../testing/spec.js';
import type { StarThreshold } from '../events.js';
import { ratingRubric } from '../rating-rubric.js';
import { publish, published } from '../testing/fixtures.js';
import { yuganStars } from '../testing/yugan-rubric.js';

const { given } = spec(ratingRubric);
const rejects = (starThresholds: unknown[], code: string) =>
  given().when(publish({ starThresholds: starThresholds as StarThreshold[] })).thenRejects(code);
const accepts = (starThresholds: StarThreshold[]) => given().when(publish({ starThresholds })).then(published({ starThresholds }));

describe('the star thresholds of a new version', () => {
  it('are given', () => rejects([], 'StarThresholdsRequired'));

  it.each([0, 6, 2.5, '3'])('count 1 to 5 stars, not %p', (stars) => rejects([{ stars, minScore: 50 }], 'InvalidStarThreshold'));

  it.each([-1, 100.5, Number.NaN])('ask for a score within 0..100, not %p', (minScore) => rejects([{ stars: 3, minScore }], 'InvalidStarThreshold'));

  it('list the stars in increasing order', () => rejects([...yuganStars].reverse(), 'StarThresholdsNotIncreasing'));

  it('do not repeat a star count', () => rejects([{ stars: 4, minScore: 80 }, { stars: 4, minScore: 85 }], 'StarThresholdsNotIncreasing'));

  it('ask strictly more for more stars', () => rejects([{ stars: 4, minScore: 80 }, { stars: 5, minScore: 80 }], 'StarThresholdsNotIncreasing'));

  it('may leave out the lower star counts', () => accepts([{ stars: 3, minScore: 60 }, { stars: 4, minScore: 75 }, { stars: 5, minScore: 90 }]));

  it('may ask for a score with decimals, and from 0 to 100', () => accepts([{ stars: 1, minScore: 0 }, { stars: 4, minScore: 87.5 }, { stars: 5, minScore: 100 }]));
});
