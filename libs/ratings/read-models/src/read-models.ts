import type { Projection } from '@linli/projections';
import { ALL_SECTIONS, type CommunityFacts, type FactSection } from './facts/community-facts.js';
import { communityFactsProjection } from './facts/facts-projection.js';
import { governanceHistoryProjection, type TimelineEntry } from './projections/governance-history.projection.js';
import { membersProjection, type MemberDoc } from './projections/members.projection.js';
import { ratingHistoryProjection, type RatingHistoryDoc } from './projections/rating-history.projection.js';
import { rubricsProjection, type RubricVersionDoc } from './projections/rubrics.projection.js';
import { unitsProjection, type UnitDoc } from './projections/units.projection.js';

/** The sections of the facts the county dashboard needs. */
export const DASHBOARD_SECTIONS: readonly FactSection[] = ['registration', 'contracts', 'disputes', 'statements', 'awards'];

/** The ratings service's read models; `prefix` names their collections (tests use their own). */
export interface RatingsReadModels {
  /** Community rating: every fact of each community, scored per period when asked. */
  readonly communityRating: Projection<CommunityFacts>;
  readonly countyDashboard: Projection<CommunityFacts>;
  readonly governanceHistory: Projection<TimelineEntry>;
  readonly ratingHistory: Projection<RatingHistoryDoc>;
  readonly rubrics: Projection<RubricVersionDoc>;
  readonly units: Projection<UnitDoc>;
  readonly members: Projection<MemberDoc>;
  readonly all: readonly Projection<object>[];
}

export function ratingsReadModels(prefix = 'ratings'): RatingsReadModels {
  const models = {
    communityRating: communityFactsProjection(`${prefix}_community_rating`, 1, ALL_SECTIONS),
    countyDashboard: communityFactsProjection(`${prefix}_county_dashboard`, 1, DASHBOARD_SECTIONS),
    governanceHistory: governanceHistoryProjection(`${prefix}_governance_history`),
    ratingHistory: ratingHistoryProjection(`${prefix}_rating_history`),
    rubrics: rubricsProjection(`${prefix}_rubrics`),
    units: unitsProjection(`${prefix}_units`),
    members: membersProjection(`${prefix}_members`),
  };
  return { ...models, all: Object.values(models) as Projection<object>[] };
}
