import type { AuditedEvent } from '@linli/audit';
import { gatewayForStream, publish, type ContractEvent } from '@linli/contracts';
import type { EventFilter, ReadAllOptions, RecordedEvent } from '@linli/event-store';
import { communityAsOf, localDateOf, ratingAsOf, ratingPeriodOf, ratingsReadModels } from '@linli/ratings-read-models';
import type { Scope } from './scope.js';

/** A stored event back from its audited (JSON-safe) form. */
export const recordedOf = (e: AuditedEvent): RecordedEvent =>
  ({ ...e, streamRevision: BigInt(e.streamRevision), globalPosition: BigInt(e.globalPosition) }) as unknown as RecordedEvent;

/** The CloudEvent the relay publishes for a stored event, or null when it stays private (or cannot be published from its stored form). */
export function cloudEventOf(stored: RecordedEvent): ContractEvent | null {
  const gateway = gatewayForStream(stored.streamName);
  try {
    return gateway ? publish(gateway, stored) : null;
  } catch {
    return null;
  }
}

const csvCell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const csv = (rows: readonly (readonly unknown[])[]): string => rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';

/** A list of stored events read like the event store (for the read-model code). */
function memoryStore(events: readonly RecordedEvent[]) {
  const matches = (filter: EventFilter | undefined, e: RecordedEvent) => !filter?.streamPrefixes || filter.streamPrefixes.some((p) => e.streamName.startsWith(p));
  return {
    async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
      const after = events.filter((e) => e.globalPosition > (options.fromPosition ?? 0n) && matches(options.filter, e));
      return after.slice(0, options.limit ?? after.length);
    },
  };
}

/** The CSV views of a pack, computed from its stored events alone (so `check` can recompute them). */
export async function packViews(scope: Scope, events: readonly RecordedEvent[]): Promise<Record<string, string>> {
  const views: Record<string, string> = {
    'views/events.csv': csv([
      ['position', 'eventId', 'storedType', 'publicType', 'stream', 'occurredAt', 'recordedAt'],
      ...events.map((e) => [e.globalPosition, e.eventId, e.type, cloudEventOf(e)?.event.type ?? '(private)', e.streamName, e.metadata.occurredAt, e.metadata.recordedAt]),
    ]),
  };
  if (scope.kind !== 'community') return views;
  const replayed = await communityAsOf({ store: memoryStore(events), models: ratingsReadModels('pack'), communityId: scope.id, bounds: {} });
  const periods = [...new Set(events.map((e) => ratingPeriodOf(localDateOf(e.metadata.occurredAt))))].sort();
  const ratings = periods.map((period) => ratingAsOf(replayed, period)).flatMap((r) => ('rating' in r ? [r.rating] : []));
  views['views/community-rating.csv'] = csv([
    ['communityId', 'period', 'rubricId', 'rubricVersion', 'total', 'recommendedStars', 'awardedStars'],
    ...ratings.map((r) => [r.communityId, r.period, r.rubric.rubricId, r.rubric.version, r.total, r.recommendedStars, r.awardedStars]),
  ]);
  views['views/community-rating-criteria.csv'] = csv([
    ['period', 'criterionId', 'measure', 'value', 'points', 'reason', 'evidenceEventIds'],
    ...ratings.flatMap((r) => r.criteria.map((c) => [r.period, c.criterionId, c.measure, c.value, c.points, c.reason, c.evidence.map((e) => e.eventId).join(' ')])),
  ]);
  return views;
}
