import type { RubricVersion } from '@linli/ratings-domain';
import type { Connection } from 'mongoose';
import type { CommunityFacts } from '../facts/community-facts.js';
import type { CommunityRecord } from '../measures/indicators.js';
import type { TimelineEntry } from '../projections/governance-history.projection.js';
import type { MemberDoc } from '../projections/members.projection.js';
import type { RatingHistoryDoc } from '../projections/rating-history.projection.js';
import type { RubricVersionDoc } from '../projections/rubrics.projection.js';
import type { UnitDoc } from '../projections/units.projection.js';
import type { RatingsReadModels } from '../read-models.js';
import { ActiveCollections, visible } from './active-collections.js';

/** A page of a community's governance history, newest first. */
export interface TimelinePage {
  readonly entries: readonly TimelineEntry[];
  /** Pass as `after` for the next page; null on the last page. */
  readonly next: string | null;
}

export interface TimelineFilter {
  readonly kinds?: readonly string[];
  readonly contexts?: readonly string[];
  /** Local days, inclusive. */
  readonly from?: string;
  readonly to?: string;
}

/** Reads the ratings read models, always through their active collections. */
export class RatingsQueries {
  private readonly active: ActiveCollections;

  constructor(connection: Connection, private readonly models: RatingsReadModels, pointerTtlMs?: number) {
    this.active = new ActiveCollections(connection, pointerTtlMs);
  }

  /** A community's facts with the units and members linked to it; null if the read models know nothing of it. */
  async community(communityId: string): Promise<CommunityRecord | null> {
    const [facts, units, members] = await Promise.all([this.active.of(this.models.communityRating), this.active.of(this.models.units), this.active.of(this.models.members)]);
    const [factsDoc, branches, memberDocs] = await Promise.all([
      facts.findOne({ _id: communityId }).then((doc) => visible<CommunityFacts>(doc)),
      units.find({ servedCommunityIds: communityId }).toArray(),
      members.find({ communities: communityId }).toArray(),
    ]);
    const branchIds = branches.map((unit) => unit._id);
    const groups = branchIds.length > 0 ? await units.find({ parentUnitId: { $in: branchIds } }).toArray() : [];
    const linked = [...branches, ...groups].map((doc) => visible<UnitDoc>(doc)).filter((u): u is UnitDoc => u !== null);
    if (factsDoc === null && linked.length === 0 && memberDocs.length === 0) return null;
    return { communityId, facts: factsDoc, units: linked, members: memberDocs.map((doc) => visible<MemberDoc>(doc)).filter((m): m is MemberDoc => m !== null) };
  }

  /** Every published version, or those of one rubric, oldest first. */
  async rubricVersions(rubricId?: string): Promise<RubricVersion[]> {
    const collection = await this.active.of(this.models.rubrics);
    const docs = await collection.find(rubricId === undefined ? {} : { rubricId }).toArray();
    return docs
      .map((doc) => visible<RubricVersionDoc>(doc))
      .filter((v): v is RubricVersionDoc => v !== null)
      .map(({ eventId: _e, position: _p, ...version }) => version)
      .sort((a, b) => a.rubricId.localeCompare(b.rubricId) || a.version - b.version);
  }

  async ratingHistory(communityId: string): Promise<RatingHistoryDoc | null> {
    return visible<RatingHistoryDoc>(await (await this.active.of(this.models.ratingHistory)).findOne({ _id: communityId }));
  }

  /** A page of a community's governance history, newest first, filtered by kind, context and local days. */
  async timeline(communityId: string, filter: TimelineFilter, page: { limit: number; after?: string }): Promise<TimelinePage> {
    const collection = await this.active.of(this.models.governanceHistory);
    const query: Record<string, unknown> = { communityId };
    if (filter.kinds?.length) query['kind'] = { $in: [...filter.kinds] };
    if (filter.contexts?.length) query['context'] = { $in: [...filter.contexts] };
    const day = { ...(filter.from && { $gte: filter.from }), ...(filter.to && { $lte: filter.to }) };
    if (Object.keys(day).length > 0) query['day'] = day;
    if (page.after !== undefined) query['sort'] = { $lt: page.after };
    const docs = await collection.find(query).sort({ sort: -1 }).limit(page.limit + 1).toArray();
    const entries = docs.slice(0, page.limit).map((doc) => visible<TimelineEntry>(doc)).filter((e): e is TimelineEntry => e !== null);
    return { entries, next: docs.length > page.limit ? (entries.at(-1)?.sort ?? null) : null };
  }

  /** Every community's dashboard row. */
  async dashboardRows(): Promise<CommunityFacts[]> {
    const docs = await (await this.active.of(this.models.countyDashboard)).find({}).toArray();
    return docs.map((doc) => visible<CommunityFacts>(doc)).filter((row): row is CommunityFacts => row !== null);
  }
}
