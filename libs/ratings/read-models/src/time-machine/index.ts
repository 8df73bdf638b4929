export { boundsProblem, ratingPeriodOf, withinBounds, type TimeBounds } from './bounds.js';
export { communityAsOf, type CommunityAsOf, type EventSummary, type ReplayProgress } from './community-as-of.js';
export { ratingAsOf, type RatingAsOf, type RatingAsOfMissing } from './rating-as-of.js';
