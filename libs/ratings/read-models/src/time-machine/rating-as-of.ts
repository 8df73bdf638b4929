import type { RatingPeriod } from '@linli/ratings-domain';
import { communityRating, rubricOf, versionFor, type CommunityRatingView } from '../views/community-rating.js';
import type { CommunityAsOf } from './community-as-of.js';
import type { TimeBounds } from './bounds.js';

/** A rating as it stood within the bounds, with what it was computed from. */
export interface RatingAsOf {
  readonly rating: CommunityRatingView;
  readonly asOf: TimeBounds;
  readonly computedFrom: { readonly projection: string; readonly projectionVersion: number; readonly firstPosition: string | null; readonly lastPosition: string | null; readonly readThrough: string; readonly eventsApplied: number };
}

/** Why a rating cannot be given for those bounds. */
export type RatingAsOfMissing = { readonly missing: 'community' | 'rubric' | 'rubric-version'; readonly detail: string };

/** Scores the replayed record exactly as the live query does (same rubric choice rules). */
export function ratingAsOf(replayed: CommunityAsOf, period: RatingPeriod, choice: { rubricId?: string; rubricVersion?: number } = {}): RatingAsOf | RatingAsOfMissing {
  if (!replayed.record) return { missing: 'community', detail: `nothing is known of community ${replayed.communityId} within the bounds` };
  const versions = replayed.rubricVersions.filter((v) => choice.rubricId === undefined || v.rubricId === choice.rubricId);
  const ids = [...new Set(versions.map((v) => v.rubricId))];
  if (ids.length !== 1) return { missing: 'rubric', detail: ids.length ? `several rubrics were published (${ids.join(', ')}); name one` : 'no rubric was published within the bounds' };
  const rubric = rubricOf(ids[0] as string, versions);
  const version = versionFor(rubric, period, choice.rubricVersion);
  if (!version) return { missing: 'rubric-version', detail: `no rubric version ${choice.rubricVersion ?? `in force for ${period}`} within the bounds` };
  return {
    rating: communityRating(replayed.record, period, version, versionFor(rubric, period)),
    asOf: replayed.bounds,
    computedFrom: {
      projection: replayed.projection.name,
      projectionVersion: replayed.projection.version,
      firstPosition: replayed.positions.first,
      lastPosition: replayed.positions.last,
      readThrough: replayed.positions.readThrough,
      eventsApplied: replayed.eventsApplied,
    },
  };
}
