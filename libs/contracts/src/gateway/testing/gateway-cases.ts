import type { Contract } from '../../contract.js';
import { publish, type Gateway, type StoredEventLike } from '../gateway.js';
import type { GatewayCoverage } from '../mapping.js';

/** One stored event, shaped exactly like the domain's, and the public event it must become. */
export interface GatewayCase {
  readonly stored: StoredEventLike;
  readonly contract: Contract;
  readonly data: object;
  /** Every personal or free-text value in the stored event: none may appear in the public event. */
  readonly personal: readonly string[];
}

let revision = 0n;

/** A stored event as the event store hands it to the relay. */
export function storedEvent(streamName: string, type: string, data: object, occurredAt = '2025-11-30T08:00:00.000Z'): StoredEventLike {
  revision += 1n;
  return {
    eventId: `019ad3a4-5e6f-7a8b-9c0d-${revision.toString().padStart(12, '0')}`,
    type,
    schemaVersion: 1,
    data,
    metadata: { occurredAt, correlationId: 'corr-1', causationId: 'cmd-1' },
    streamName,
    streamRevision: revision,
    globalPosition: 1_000_000n + revision,
  };
}

/** Checks a gateway against its cases: the mapped payload, its validity, its key, and no leak. */
export function itPublishes(gateway: Gateway, cases: readonly GatewayCase[]): void {
  it.each(cases.map((c) => [c.stored.type, c] as const))('%s becomes its public event', (_type, c) => {
    const published = publish(gateway, c.stored);
    expect(published?.contract).toBe(c.contract);
    expect(published?.event.data).toEqual(c.data);
  });

  it.each(cases.map((c) => [c.stored.type, c] as const))('%s is keyed by its community, else by its stream', (_type, c) => {
    const event = publish(gateway, c.stored)?.event;
    const communityId = (c.data as { communityId?: string }).communityId;
    expect(event?.partitionkey).toBe(communityId ?? c.stored.streamName);
    expect(event?.subject).toBe(communityId);
  });

  it.each(cases.map((c) => [c.stored.type, c] as const))('%s leaks none of its personal data or free text', (_type, c) => {
    const json = JSON.stringify(publish(gateway, c.stored)?.event);
    for (const value of c.personal) expect(json).not.toContain(value);
  });
}

/** Checks that the stored events of the types kept private publish nothing. */
export function itKeepsPrivate(gateway: Gateway, stored: readonly StoredEventLike[]): void {
  it.each(stored.map((s) => [s.type, s] as const))('%s stays private', (_type, s) => {
    expect(publish(gateway, s)).toBeNull();
  });
}

/** Checks that every stored type of the context is mapped or kept private, and nothing else is. */
export function itCovers(coverage: GatewayCoverage, domainTypes: readonly string[], cases: readonly GatewayCase[]): void {
  it('maps or deliberately keeps private every stored type of the domain, and names no other', () => {
    expect([...coverage.mapped, ...Object.keys(coverage.privateOnly)].sort()).toEqual([...domainTypes].sort());
  });

  it('has a case for every mapped type', () => {
    expect([...new Set(cases.map((c) => c.stored.type))].sort()).toEqual([...coverage.mapped].sort());
  });

  it('gives a reason for each type it keeps private', () => {
    for (const reason of Object.values(coverage.privateOnly)) expect(reason.length).toBeGreaterThan(10);
  });
}
