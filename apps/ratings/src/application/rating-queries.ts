import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { NotFound } from '@linli/domain-kernel';
import type { RatingPeriod, RubricVersion } from '@linli/ratings-domain';
import type { EventStore } from '@linli/event-store';
import {
  communityAsOf, communityRating, countyDashboard, localDateOf, ratingAsOf, RatingsQueries, rubricOf, versionFor,
  type AwardDecision, type RatingAsOf, type TimeBounds, type AwardFact, type CommunityRatingView, type CommunityRecord, type CountyDashboard, type RatingsReadModels, type TimelineFilter, type TimelinePage,
} from '@linli/ratings-read-models';
import { EVENT_STORE, Infrastructure } from '@linli/service-kit';
import { READ_MODELS } from '../live/read-models.provider.js';

/** Which rules to rate under: the version in force for the period, or one asked for to compare. */
export interface RubricChoice {
  readonly rubricId?: string;
  readonly rubricVersion?: number;
}

/** One period of a community's rating history. */
export interface RatingHistoryPeriod {
  readonly period: RatingPeriod;
  readonly rating: CommunityRatingView | null;
  readonly award: AwardFact | null;
  readonly decisions: readonly AwardDecision[];
}

/** The read side: answers from the read models (through their active collections). */
@Injectable()
export class RatingQueries {
  private readonly queries: RatingsQueries;

  constructor(
    @Inject(Infrastructure) infra: Infrastructure,
    @Inject(READ_MODELS) private readonly models: RatingsReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    this.queries = new RatingsQueries(infra.mongo, models);
  }

  rubricVersions(rubricId?: string): Promise<RubricVersion[]> {
    return this.queries.rubricVersions(rubricId);
  }

  /** A community's rating for a period with the events behind each criterion. */
  async rating(communityId: string, period: RatingPeriod, choice: RubricChoice): Promise<CommunityRatingView> {
    const record = await this.community(communityId);
    const { version, inForce } = await this.rules(period, choice);
    if (version === null) throw new NotFound('RubricVersion', choice.rubricVersion === undefined ? `in force for ${period}` : String(choice.rubricVersion));
    return communityRating(record, period, version, inForce);
  }

  /**
   * The rating as it stood at a business day and/or as known at a system time: a bounded replay of
   * the log into temporary documents with the read model's own projection code (libs/ratings/read-models time-machine).
   */
  async ratingAsOf(communityId: string, period: RatingPeriod, choice: RubricChoice, bounds: TimeBounds): Promise<RatingAsOf['rating'] & Omit<RatingAsOf, 'rating'>> {
    const answer = ratingAsOf(await communityAsOf({ store: this.store, models: this.models, communityId, bounds }), period, choice);
    if ('missing' in answer) {
      if (answer.missing === 'community') throw new NotFound('Community', communityId);
      if (answer.missing === 'rubric' && choice.rubricId === undefined && answer.detail.startsWith('several')) {
        throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'validation failed', errors: [{ field: 'rubricId', rule: 'required', message: answer.detail }] });
      }
      if (answer.missing === 'rubric') throw new NotFound('Rubric', choice.rubricId ?? '(none published within the bounds)');
      throw new NotFound('RubricVersion', choice.rubricVersion === undefined ? `in force for ${period} within the bounds` : String(choice.rubricVersion));
    }
    return { ...answer.rating, asOf: answer.asOf, computedFrom: answer.computedFrom };
  }

  /** Every period with an award, or asked for: the rating under its rules, the award, every decision. */
  async history(communityId: string, periods: readonly RatingPeriod[], choice: RubricChoice): Promise<{ communityId: string; periods: RatingHistoryPeriod[] }> {
    const [record, history] = await Promise.all([this.community(communityId), this.queries.ratingHistory(communityId)]);
    const versions = await this.versions(choice.rubricId);
    const awarded = Object.keys(record.facts?.awards ?? {});
    const all = [...new Set([...awarded, ...periods])].sort();
    return {
      communityId,
      periods: all.map((period) => {
        const inForce = versions ? versionFor(versions, period) : null;
        const version = versions ? versionFor(versions, period, choice.rubricVersion) : null;
        const decisions = Object.values(history?.periods?.[period] ?? {}).sort((a, b) => (a.position < b.position ? -1 : 1));
        return { period, rating: version ? communityRating(record, period, version, inForce) : null, award: record.facts?.awards?.[period] ?? null, decisions };
      }),
    };
  }

  async timeline(communityId: string, filter: TimelineFilter, page: { limit: number; after?: string }): Promise<TimelinePage> {
    const found = await this.queries.timeline(communityId, filter, page);
    if (found.entries.length === 0 && page.after === undefined && (await this.queries.community(communityId)) === null) throw new NotFound('Community', communityId);
    return found;
  }

  async dashboard(period: RatingPeriod): Promise<CountyDashboard> {
    return countyDashboard(await this.queries.dashboardRows(), period, localDateOf(new Date().toISOString()));
  }

  private async community(communityId: string): Promise<CommunityRecord> {
    const record = await this.queries.community(communityId);
    if (record === null) throw new NotFound('Community', communityId);
    return record;
  }

  private async rules(period: RatingPeriod, choice: RubricChoice): Promise<{ version: RubricVersion | null; inForce: RubricVersion | null }> {
    const rubric = await this.versions(choice.rubricId);
    if (rubric === null) throw new NotFound('Rubric', choice.rubricId ?? '(none published)');
    return { version: versionFor(rubric, period, choice.rubricVersion), inForce: versionFor(rubric, period) };
  }

  /** The rubric to rate under: the one named, or the only one published. Null when none is. */
  private async versions(rubricId: string | undefined) {
    const versions = await this.queries.rubricVersions(rubricId);
    const ids = [...new Set(versions.map((v) => v.rubricId))];
    if (ids.length > 1) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'validation failed', errors: [{ field: 'rubricId', rule: 'required', message: `several rubrics are published (${ids.join(', ')}); name one` }] });
    const id = ids[0];
    return id === undefined ? null : rubricOf(id, versions);
  }
}
