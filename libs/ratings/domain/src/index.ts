// Public API of the ratings domain: the RatingRubric and CommunityAward deciders, the pure scoring
// of a community under a rubric version, and the vocabulary they share.

// Vocabulary: measures, rating periods, dates
export { isMeasureCode, MEASURE_CODES, MEASURES, measureOf } from './measures.js';
export type { FavourableDirection, MeasureCode, MeasureDefinition, MeasureValueKind } from './measures.js';
export { isRatingPeriod, periodRange, type PeriodRange, type RatingPeriod } from './period.js';
export { isIsoDate, type IsoDate } from './inputs.js';

// Rating rubrics and their versions
export { ratingRubric, streamName as rubricStreamName } from './rubric/rating-rubric.js';
export type { PublishRubricVersion, RatingRubricCommand } from './rubric/commands.js';
export { isStarCount, SCORING_KINDS, STAR_COUNTS } from './rubric/events.js';
export type {
  Area,
  Criterion,
  RatingRubricEvent,
  RubricVersion,
  RubricVersionPublished,
  RubricVersionRef,
  Scoring,
  ScoringKind,
  ScoringStep,
  StarCount,
  StarThreshold,
} from './rubric/events.js';
export { FULL_MARKS } from './rubric/decisions/areas.js';
export { latestVersion, rubricForPeriod, rubricInForce, rubricVersion, type RatingRubric } from './rubric/state.js';

// Scoring a community under a rubric version
export { NO_DATA, scoreCommunity, type CommunityScore, type CriterionScore, type ScoringRules } from './scoring/score-community.js';
export { evidenceIds, measuredValue, type Evidence, type Indicator, type Indicators } from './scoring/indicators.js';
export { MILLI_PER_POINT, recommendedStarsFor, type RecommendedStars } from './scoring/stars.js';

// Star awards of a community for a period
export { communityAward, streamName as awardStreamName } from './award/community-award.js';
export type { AmendAward, AwardStars, CommunityAwardCommand, RevokeAward } from './award/commands.js';
export type { AwardAmended, AwardRevoked, CommunityAwardEvent, StarsAwarded } from './award/events.js';
export { DEVIATION_WITHOUT_REASON } from './award/decisions/award-stars.js';
export { starsInForce, type AwardInForce, type CommunityAward, type RevokedAward } from './award/state.js';

import type { CommunityAwardEvent } from './award/events.js';
import type { RatingRubricEvent } from './rubric/events.js';

/** Every event the ratings context stores (all typed `ratings.*`). */
export type RatingsEvent = RatingRubricEvent | CommunityAwardEvent;
