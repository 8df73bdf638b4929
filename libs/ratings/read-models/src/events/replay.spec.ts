import { disputesGateway, publish } from '@linli/contracts';
import type { RecordedEvent } from '@linli/event-store';
import { projectedFromCloudEvent, RATINGS_SOURCE } from './projected.js';
import { replayedEvent } from './replay.js';

const stored = (streamName: string, type: string, data: unknown): RecordedEvent => ({
  eventId: '019ad3a4-5e6f-7a8b-9c0d-1e2f3a4b5c6d',
  type,
  schemaVersion: 1,
  data,
  metadata: { occurredAt: '2025-12-03T18:00:00+08:00', recordedAt: '2025-12-03T10:00:01Z', actor: { id: 'sec-1', role: 'branch_secretary', orgUnitId: 'u' }, correlationId: 'c', causationId: 'c' },
  streamName,
  streamRevision: 2n,
  globalPosition: 4242n,
});

const reported = stored('disputes.Dispute-d-1', 'disputes.DisputeReported', {
  disputeId: 'd-1', communityId: 'rc-1', category: 'parking', description: 'blocked gate', urgency: 'normal', channel: 'resident',
  parties: [{ subjectId: 's-1', role: 'reporter', name: '王芳', phone: '13800000000' }], reportedAt: '2025-12-03T18:00:00+08:00',
});

describe('what a rebuild makes of a stored event', () => {
  it('is exactly what live consumption makes of the message the relay publishes for it', () => {
    const wire = JSON.parse(JSON.stringify(publish(disputesGateway, reported)!.event));
    expect(replayedEvent(reported)).toEqual(projectedFromCloudEvent(wire));
    expect(replayedEvent(reported)).toMatchObject({ source: '/linli/disputes', orderingKey: 'rc-1', position: 4242n, data: { partyCount: 1 } });
    expect(JSON.stringify(replayedEvent(reported)!.data)).not.toContain('王芳');
  });

  it('keeps the service’s own events as stored, with who acted', () => {
    const own = stored('ratings.Award-rc-1-2025', 'ratings.AwardRevoked', { communityId: 'rc-1', period: '2025', stars: 3, reason: 'data corrected', revokedAt: '2026-01-02T00:00:00Z' });
    expect(replayedEvent(own)).toMatchObject({ source: RATINGS_SOURCE, type: 'ratings.AwardRevoked', data: { reason: 'data corrected' }, metadata: { actorId: 'sec-1' } });
    expect(replayedEvent(own)).not.toHaveProperty('orderingKey');
  });

  it('drops what is private or belongs to no context', () => {
    expect(replayedEvent(stored('organizations.unit-u1', 'organizations.UnitRenamed', { unitId: 'u1', name: 'x' }))).toBeNull();
    expect(replayedEvent(stored('messaging.DeadLetters-g', 'messaging.DeadLetterSkipped', {}))).toBeNull();
  });
});
