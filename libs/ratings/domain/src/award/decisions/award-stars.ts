import { DomainRuleViolation } from '@linli/domain-kernel';
import { requiredText } from '../../inputs.js';
import type { RubricVersionRef } from '../../rubric/events.js';
import type { RecommendedStars } from '../../scoring/stars.js';
import type { AwardStars } from '../commands.js';
import type { CommunityAwardEvent } from '../events.js';
import { optionalText, requirePeriod, requireSameAward, requireStars } from '../guards.js';
import type { CommunityAward } from '../state.js';

/** Stars further than this from the recommendation need a reason. */
export const DEVIATION_WITHOUT_REASON = 1;

/**
 * Awards stars for a period, once: while an award is in force, it is amended instead. The stars may
 * differ from the recommendation; by more than one, only with a reason.
 */
export function awardStars({ data, metadata }: AwardStars, state: CommunityAward): CommunityAwardEvent[] {
  requireSameAward(state, data);
  if (state.status === 'awarded')
    throw new DomainRuleViolation('AwardAlreadyMade', `${data.communityId} already holds ${state.stars} stars for ${data.period}; amend the award instead`);
  const communityId = requiredText(data.communityId, 'CommunityIdRequired', 'an award names its community');
  const period = requirePeriod(data.period);
  const stars = requireStars(data.stars);
  const rubricVersion = requireRubricVersion(data.rubricVersion);
  const scoreSeen = requireScore(data.scoreSeen);
  const recommendedStars = requireRecommendation(data.recommendedStars);
  const reason = optionalText(data.reason);
  if (Math.abs(stars - recommendedStars) > DEVIATION_WITHOUT_REASON && reason === null)
    throw new DomainRuleViolation('DeviationNeedsReason', `${stars} stars against a recommendation of ${recommendedStars} need a reason`);
  return [
    {
      type: 'ratings.StarsAwarded',
      data: { communityId, period, stars, rubricVersion, scoreSeen, recommendedStars, reason, awardedAt: metadata.now },
    },
  ];
}

function requireRubricVersion(ref: RubricVersionRef): RubricVersionRef {
  const rubricId = typeof ref?.rubricId === 'string' ? ref.rubricId.trim() : '';
  if (rubricId === '' || !Number.isSafeInteger(ref.version) || ref.version < 1)
    throw new DomainRuleViolation('InvalidRubricVersion', `an award names the rubric and version (≥ 1) it was made under, not ${JSON.stringify(ref)}`);
  return { rubricId, version: ref.version };
}

function requireScore(score: number): number {
  if (!Number.isFinite(score) || score < 0 || score > 100)
    throw new DomainRuleViolation('InvalidScoreSeen', `a score is within 0..100, not ${String(score)}`);
  return score;
}

function requireRecommendation(stars: number): RecommendedStars {
  if (!Number.isSafeInteger(stars) || stars < 0 || stars > 5)
    throw new DomainRuleViolation('InvalidRecommendation', `a recommendation is 0 to 5 stars, not ${String(stars)}`);
  return stars as RecommendedStars;
}
