// The ratings read models: community facts (scored per period under any rubric version, with the
// events behind each criterion), rating history, governance history, the county dashboard, and
// the units, members and rubric versions they need. Pure folds over public events (and the
// service's own), with their queries; live and rebuild feed them the same events.
export { ratingsReadModels, DASHBOARD_SECTIONS, type RatingsReadModels } from './read-models.js';
export { CONSUMED_TOPICS, consumedContracts, isConsumed, projectedFromCloudEvent, projectedFromOwnEvent, RATINGS_SOURCE, RATINGS_STREAM_PREFIX } from './events/projected.js';
export { REPLAY_FILTER, replayedEvent } from './events/replay.js';
export type { AwardFact, CommunityFacts, DisputeFact, FactSection } from './facts/community-facts.js';
export { indicatorsFor, type CommunityRecord } from './measures/indicators.js';
export { countyDashboard, disputeOn, type ByLevel, type CountyDashboard } from './dashboard/county-dashboard.js';
export { communityRating, rubricOf, versionFor, type CommunityRatingView, type CriterionView, type EvidenceView } from './views/community-rating.js';
export type { TimelineEntry, Detail } from './projections/governance-history.projection.js';
export type { RatingHistoryDoc, AwardDecision } from './projections/rating-history.projection.js';
export type { RubricVersionDoc } from './projections/rubrics.projection.js';
export type { UnitDoc } from './projections/units.projection.js';
export type { MemberDoc } from './projections/members.projection.js';
export { RatingsQueries, type TimelineFilter, type TimelinePage } from './queries/ratings-queries.js';
export { ActiveCollections } from './queries/active-collections.js';
export { localDateOf, COUNTY_UTC_OFFSET_MS } from './support/dates.js';
export * from './time-machine/index.js';
