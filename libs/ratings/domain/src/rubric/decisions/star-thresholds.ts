import { DomainRuleViolation } from '@linli/domain-kernel';
import { isStarCount, type StarThreshold } from '../events.js';

/**
 * Star thresholds in order of stars: each star count 1..5 at most once, each minimum score (0..100)
 * strictly above the one below. A rubric may leave out the lower star counts.
 */
export function validStarThresholds(thresholds: readonly StarThreshold[]): StarThreshold[] {
  if (!Array.isArray(thresholds) || thresholds.length === 0)
    throw new DomainRuleViolation('StarThresholdsRequired', 'a rubric version says which total earns which stars');
  const valid = thresholds.map(({ stars, minScore }): StarThreshold => {
    if (!isStarCount(stars)) throw new DomainRuleViolation('InvalidStarThreshold', `stars run 1..5, not ${String(stars)}`);
    if (!Number.isFinite(minScore) || minScore < 0 || minScore > 100)
      throw new DomainRuleViolation('InvalidStarThreshold', `the minimum score for ${stars} stars is within 0..100, not ${String(minScore)}`);
    return { stars, minScore };
  });
  valid.slice(1).forEach((threshold, i) => {
    const below = valid[i];
    if (threshold.stars <= below.stars || threshold.minScore <= below.minScore)
      throw new DomainRuleViolation(
        'StarThresholdsNotIncreasing',
        `${threshold.stars} stars at ${threshold.minScore} must come after and above ${below.stars} stars at ${below.minScore}`,
      );
  });
  return valid;
}
