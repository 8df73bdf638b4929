import { toCloudEvent, type Contract } from '@linli/contracts';
import type { RecordedEvent } from '@linli/event-store';
import { foldEvent, strip, type ProjectedEvent, type Projection, type StoredDoc } from '@linli/projections';
import { projectedFromCloudEvent, projectedFromOwnEvent } from '../events/projected.js';

// Builders of the events the projections see, made the way live consumption makes them: a public
// payload is checked against its contract (toCloudEvent) and wrapped as a CloudEvent first.

let counter = 0;
const nextId = () => `00000000-0000-7000-8000-${String(++counter).padStart(12, '0')}`;
let nextPosition = 1_000n;

/** A public event of `contract`: its example with `data` over it, at the next position. */
export function publicEvent<Data>(contract: Contract<Data>, data: Partial<Data>, options: { time?: string; position?: bigint; id?: string } = {}): ProjectedEvent {
  const position = options.position ?? (nextPosition += 10n);
  const payload = { ...contract.example, ...data } as Data;
  const event = toCloudEvent(contract, payload, { id: options.id ?? nextId(), time: options.time ?? '2025-06-01T02:00:00.000Z', position, fallbackKey: `stream-${String((payload as { unitId?: string; memberId?: string }).unitId ?? (payload as { memberId?: string }).memberId ?? 'x')}` });
  return projectedFromCloudEvent(JSON.parse(JSON.stringify(event)));
}

/** One of the ratings service's own stored events. */
export function ownEvent(type: string, data: unknown, options: { at?: string; position?: bigint; actorId?: string } = {}): ProjectedEvent {
  const position = options.position ?? (nextPosition += 10n);
  const recorded: RecordedEvent = {
    eventId: nextId(),
    type,
    schemaVersion: 1,
    data,
    metadata: { occurredAt: options.at ?? '2026-01-20T02:00:00.000Z', recordedAt: options.at ?? '2026-01-20T02:00:00.000Z', actor: { id: options.actorId ?? 'assessor-1', role: 'county_assessor', orgUnitId: 'unit-yg-0002' }, correlationId: 'c', causationId: 'c' },
    streamName: `ratings.Award-x`,
    streamRevision: 0n,
    globalPosition: position,
  };
  return projectedFromOwnEvent(recorded);
}

/** Folds events into documents as the writers do (position guards and all); the documents without bookkeeping. */
export function project<Doc extends object>(projection: Projection<Doc>, events: readonly ProjectedEvent[]): Map<string, Doc> {
  const docs = new Map<string, StoredDoc>();
  for (const event of events) for (const key of projection.keys(event)) foldEvent(projection, docs, key, event);
  return new Map([...docs].filter(([, doc]) => !doc._deleted).map(([key, doc]) => [key, strip(doc) as Doc]));
}

/** Folds events with evolve alone, in the order given (no guard): what an order-insensitive fold must not care about. */
export function foldPlain<Doc extends object>(projection: Projection<Doc>, events: readonly ProjectedEvent[]): Map<string, Doc> {
  const docs = new Map<string, Doc>();
  for (const event of events) for (const key of projection.keys(event)) {
    const next = projection.evolve(docs.get(key) ?? null, event, key);
    if (next === null) docs.delete(key);
    else docs.set(key, next);
  }
  return docs;
}

/** A deterministic shuffle (so a failure can be replayed). */
export function shuffled<T>(items: readonly T[], seed = 7): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** A map's documents sorted by key, to compare. */
export const sortedDocs = <Doc>(docs: Map<string, Doc>): [string, Doc][] => [...docs].sort(([a], [b]) => a.localeCompare(b));
