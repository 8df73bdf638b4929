import { disputeReportedV1 } from '../catalogue/index.js';
import { disputesGateway } from './disputes-gateway.js';
import { gatewayFrom, publicEvent, publish, type StoredEventLike } from './gateway.js';
import { allGateways, gatewayForStream } from './gateways.js';
import { organizationsGateway } from './organizations-gateway.js';
import { propertyGateway } from './property-gateway.js';
import { ratingsGateway } from './ratings-gateway.js';

const stored = (type: string, data: Record<string, unknown>, streamName = 'disputes.Dispute-d-5f1c'): StoredEventLike => ({
  eventId: '019ad3a4-5e6f-7a8b-9c0d-1e2f3a4b5c6d',
  type,
  schemaVersion: 1,
  data,
  metadata: { occurredAt: '2025-11-30T08:00:00.000Z', correlationId: 'corr-1', causationId: 'cmd-1' },
  streamName,
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
  it('reuses the stored event id and position, so a republished event is the same event', () => {
    const published = publish(disputesGateway, reported);
    expect(published?.event).toMatchObject({ id: reported.eventId, position: '4194305', streamrevision: '0', time: '2025-11-30T08:00:00.000Z', subject: 'rc-qianyue-1' });
    expect(publish(disputesGateway, reported)).toEqual(published);
  });

  it('keeps a type it does not map private', () => {
    expect(publish(disputesGateway, stored('disputes.SomethingNew', { disputeId: 'd-5f1c' }))).toBeNull();
  });

  it('refuses to publish what the private event cannot fill', () => {
    expect(() => publish(disputesGateway, stored('disputes.DisputeResolved', { disputeId: 'd-5f1c' }))).toThrow(/data\.communityId is required/);
  });

  it('refuses a mapping that spreads private data into the payload', () => {
    const leaky = gatewayFrom({ 'disputes.DisputeReported': ({ data }) => publicEvent(disputeReportedV1, { ...(data as object), partyCount: 2 } as never) });
    expect(() => publish(leaky, reported)).toThrow(/data\.description is not allowed/);
  });
});

describe('choosing the gateway of a stream', () => {
  it('goes by the context prefix of the stream name', () => {
    expect(gatewayForStream('organizations.unit-unit-yg-0089')).toBe(organizationsGateway);
    expect(gatewayForStream('organizations.member-m-1')).toBe(organizationsGateway);
    expect(gatewayForStream('disputes.Dispute-d-5f1c')).toBe(disputesGateway);
    expect(gatewayForStream('property.Ledger-rc-qianyue-1')).toBe(propertyGateway);
    expect(gatewayForStream('ratings.Award-rc-qianyue-1-2025')).toBe(ratingsGateway);
  });

  it('knows no gateway for a stream of no context', () => {
    expect(gatewayForStream('$et-disputes.DisputeReported')).toBeUndefined();
    expect(gatewayForStream('dispute.Dispute-d-5f1c')).toBeUndefined();
  });

  it('lists each context once, with prefixes no two contexts share', () => {
    expect(allGateways.map((g) => g.context)).toEqual(['organizations', 'disputes', 'property', 'ratings']);
    expect(allGateways.map((g) => g.streamPrefix)).toEqual(['organizations.', 'disputes.', 'property.', 'ratings.']);
  });
});
