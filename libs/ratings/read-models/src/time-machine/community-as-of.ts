import type { EventStore, RecordedEvent } from '@linli/event-store';
import { foldEvent, strip, type ProjectedEvent, type Projection, type StoredDoc } from '@linli/projections';
import type { RubricVersion } from '@linli/ratings-domain';
import { REPLAY_FILTER, replayedEvent } from '../events/replay.js';
import type { CommunityFacts } from '../facts/community-facts.js';
import type { CommunityRecord } from '../measures/indicators.js';
import type { MemberDoc } from '../projections/members.projection.js';
import type { RubricVersionDoc } from '../projections/rubrics.projection.js';
import type { UnitDoc } from '../projections/units.projection.js';
import type { RatingsReadModels } from '../read-models.js';
import { withinBounds, type TimeBounds } from './bounds.js';

/** What a replayed event was, for explaining a figure (no personal data: ids, type, times). */
export interface EventSummary {
  readonly eventId: string;
  readonly type: string;
  readonly position: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
}

/** A community's read-model record rebuilt from the log within the bounds, and what it was computed from. */
export interface CommunityAsOf {
  readonly communityId: string;
  readonly record: CommunityRecord | null;
  readonly rubricVersions: readonly RubricVersion[];
  readonly bounds: TimeBounds;
  /** The projection (name and version) whose code folded the events. */
  readonly projection: { readonly name: string; readonly version: number };
  /** First and last position of the events applied, and the last position read (the log's head then). */
  readonly positions: { readonly first: string | null; readonly last: string | null; readonly readThrough: string };
  readonly eventsRead: number;
  readonly eventsApplied: number;
  /** The events that changed the community's facts, by id (to explain a criterion). */
  readonly events: ReadonlyMap<string, EventSummary>;
}

export interface ReplayProgress {
  readonly eventsRead: number;
  readonly position: bigint;
}

/** A temporary in-memory projection: the same fold and position guards the MongoDB writers use. */
class MemoryProjection<Doc extends object> {
  readonly docs = new Map<string, StoredDoc>();
  constructor(readonly projection: Projection<Doc>, private readonly onlyKey?: string) {}

  apply(event: ProjectedEvent): boolean {
    let changed = false;
    for (const key of this.projection.keys(event)) if ((this.onlyKey === undefined || key === this.onlyKey) && foldEvent(this.projection, this.docs, key, event)) changed = true;
    return changed;
  }

  all(): Doc[] {
    return [...this.docs.values()].filter((doc) => !doc._deleted).map((doc) => strip(doc) as Doc);
  }

  get(key: string): Doc | null {
    const doc = this.docs.get(key);
    return doc && !doc._deleted ? (strip(doc) as Doc) : null;
  }
}

/** The community record the same way RatingsQueries.community assembles it from the collections. */
function recordOf(communityId: string, facts: CommunityFacts | null, units: readonly UnitDoc[], members: readonly MemberDoc[]): CommunityRecord | null {
  const branches = units.filter((u) => u.servedCommunityIds?.includes(communityId));
  const branchIds = new Set(branches.map((u) => u.unitId));
  const groups = units.filter((u) => u.parentUnitId != null && branchIds.has(u.parentUnitId));
  const linked = [...branches, ...groups];
  const ours = members.filter((m) => m.communities?.includes(communityId));
  if (facts === null && linked.length === 0 && ours.length === 0) return null;
  return { communityId, facts, units: linked, members: ours };
}

/**
 * Bounded replay: reads the log (the streams a rebuild reads), keeps the events within the
 * bounds, maps each exactly as a rebuild does (replayedEvent) and folds it with the read models'
 * own projection code into temporary in-memory documents, then assembles the community's record.
 */
export async function communityAsOf(options: {
  readonly store: Pick<EventStore, 'readAll'>;
  readonly models: RatingsReadModels;
  readonly communityId: string;
  readonly bounds: TimeBounds;
  readonly pageSize?: number;
  readonly onProgress?: (progress: ReplayProgress) => void;
}): Promise<CommunityAsOf> {
  const facts = new MemoryProjection(options.models.communityRating, options.communityId);
  const units = new MemoryProjection(options.models.units);
  const members = new MemoryProjection(options.models.members);
  const rubrics = new MemoryProjection(options.models.rubrics);
  const events = new Map<string, EventSummary>();
  let [read, applied, first, last, position] = [0, 0, null as string | null, null as string | null, 0n];
  for (;;) {
    const page: RecordedEvent[] = await options.store.readAll({ fromPosition: position, limit: options.pageSize ?? 5_000, filter: REPLAY_FILTER });
    if (page.length === 0) break;
    for (const stored of page) {
      read++;
      if (!withinBounds(stored, options.bounds)) continue;
      const projected = replayedEvent(stored);
      if (!projected) continue;
      applied++;
      first ??= stored.globalPosition.toString();
      last = stored.globalPosition.toString();
      if (facts.apply(projected)) events.set(stored.eventId, { eventId: stored.eventId, type: stored.type, position: last, occurredAt: stored.metadata.occurredAt, recordedAt: stored.metadata.recordedAt });
      units.apply(projected);
      members.apply(projected);
      rubrics.apply(projected);
    }
    position = page[page.length - 1].globalPosition;
    options.onProgress?.({ eventsRead: read, position });
  }
  const versions = rubrics.all().map(({ eventId: _e, position: _p, ...version }: RubricVersionDoc) => version as RubricVersion);
  return {
    communityId: options.communityId,
    record: recordOf(options.communityId, facts.get(options.communityId), units.all(), members.all()),
    rubricVersions: versions.sort((a, b) => a.rubricId.localeCompare(b.rubricId) || a.version - b.version),
    bounds: options.bounds,
    projection: { name: options.models.communityRating.name, version: options.models.communityRating.version },
    positions: { first, last, readThrough: position.toString() },
    eventsRead: read,
    eventsApplied: applied,
    events,
  };
}
