import type { CommandContext } from '@linli/service-kit';
import { nameBasedUuid, newAggregateId } from './aggregate-ids.js';

const context = (idempotencyKey?: string, actor = 'member-zhang'): CommandContext => ({
  actor: { id: actor, role: 'owners_committee', orgUnitId: 'u' },
  now: '2026-03-01T00:00:00Z',
  correlationId: 'c',
  causationId: 'c',
  ...(idempotencyKey ? { idempotencyKey } : {}),
});

describe('ids of what a command creates', () => {
  it('are the client’s when it sends one', () => expect(newAggregateId('entry', 'community', context('k1'), 'client-id')).toBe('client-id'));

  it('are the same for a retried command with the same Idempotency-Key, so the retry finds the first stream', () =>
    expect(newAggregateId('entry', 'community', context('k1'))).toBe(newAggregateId('entry', 'community', context('k1'))));

  it('differ between keys, actors, kinds and scopes', () => {
    const ids = [
      newAggregateId('entry', 'community', context('k1')),
      newAggregateId('entry', 'community', context('k2')),
      newAggregateId('entry', 'community', context('k1', 'member-li')),
      newAggregateId('contract', 'community', context('k1')),
      newAggregateId('entry', 'other', context('k1')),
    ];
    expect(new Set(ids).size).toBe(5);
  });

  it('are fresh time-ordered UUIDs without a key', () => expect(newAggregateId('entry', 'community', context())).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/));

  it('are RFC 9562 version-5 UUIDs when derived from a name', () => expect(nameBasedUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));
});
