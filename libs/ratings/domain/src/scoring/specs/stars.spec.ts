import { yuganStars } from '../../rubric/testing/yugan-rubric.js';
import { recommendedStarsFor } from '../stars.js';

describe('the stars a total recommends', () => {
  it.each([
    [0, 0],
    [39_999, 0],
    [40_000, 1],
    [69_999, 2],
    [70_000, 3],
    [89_999, 4],
    [90_000, 5],
    [100_000, 5],
  ])('are, for %p milli-points, %p', (totalMilli, stars) => expect(recommendedStarsFor(yuganStars, totalMilli)).toBe(stars));

  it('compare exactly against a threshold with decimals', () => {
    const thresholds = [{ stars: 4 as const, minScore: 87.5 }, { stars: 5 as const, minScore: 95.125 }];
    expect(recommendedStarsFor(thresholds, 87_499)).toBe(0);
    expect(recommendedStarsFor(thresholds, 87_500)).toBe(4);
    expect(recommendedStarsFor(thresholds, 95_124)).toBe(4);
    expect(recommendedStarsFor(thresholds, 95_125)).toBe(5);
  });

  it('are the highest reached when the lower star counts are left out', () => {
    const thresholds = [{ stars: 3 as const, minScore: 60 }, { stars: 5 as const, minScore: 90 }];
    expect(recommendedStarsFor(thresholds, 59_999)).toBe(0);
    expect(recommendedStarsFor(thresholds, 89_000)).toBe(3);
    expect(recommendedStarsFor(thresholds, 90_000)).toBe(5);
  });
});
