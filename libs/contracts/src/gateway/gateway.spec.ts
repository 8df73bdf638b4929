import { exampleDisputesGateway } from './example-disputes-gateway.js';
import { publish, type StoredEventLike } from './gateway.js';

const stored = (type: string, data: Record<string, unknown>): StoredEventLike => ({
  eventId: '019ad3a4-5e6f-7a8b-9c0d-1e2f3a4b5c6d',
  type,
  schemaVersion: 1,
  data,
  metadata: { occurredAt: '2025-11-30T08:00:00.000Z', correlationId: 'corr-1', causationId: 'cmd-1' },
  streamName: 'disputes.Dispute-d-5f1c',
  streamRevision: 0n,
  globalPosition: 4_194_305n,
});

const reported = stored('disputes.DisputeReported', {
  disputeId: 'd-5f1c',
  communityId: 'rc-qianyue-1',
  category: 'parking',
  description: 'Mr Wang parks across the fire lane every night',
  urgency: 'urgent',
  channel: 'resident',
  parties: [{ subjectId: 's-1', role: 'reporter', name: '王先生', phone: '13800000000', room: '3-2-501' }, { subjectId: 's-2', role: 'respondent', name: '李女士' }],
  reportedAt: '2025-11-30T08:00:00.000Z',
});

describe('a gateway publishing stored events', () => {
  it('publishes the public fields of a reported dispute and counts its parties', () => {
    const published = publish(exampleDisputesGateway, reported);
    expect(published?.event.data).toEqual({
      disputeId: 'd-5f1c',
      communityId: 'rc-qianyue-1',
      category: 'parking',
      urgency: 'urgent',
      channel: 'resident',
      partyCount: 2,
      reportedAt: '2025-11-30T08:00:00.000Z',
    });
    expect(JSON.stringify(published)).not.toMatch(/王|13800000000|3-2-501|fire lane/);
  });

  it('reuses the stored event id and position, so a republished event is the same event', () => {
    const published = publish(exampleDisputesGateway, reported);
    expect(published?.event).toMatchObject({ id: reported.eventId, position: '4194305', streamrevision: '0', time: '2025-11-30T08:00:00.000Z' });
    expect(publish(exampleDisputesGateway, reported)).toEqual(published);
  });

  it('keeps a private event private', () => {
    expect(publish(exampleDisputesGateway, stored('disputes.MediatorAssigned', { disputeId: 'd-5f1c' }))).toBeNull();
  });

  it('refuses to publish what the private event cannot fill', () => {
    expect(() => publish(exampleDisputesGateway, stored('disputes.DisputeResolved', { disputeId: 'd-5f1c' }))).toThrow(/data\.communityId is required/);
  });
});
