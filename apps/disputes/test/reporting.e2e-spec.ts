import { randomUUID } from 'node:crypto';
import { deadlineOnEntering, defaultDeadlinePolicy } from '@linli/disputes-domain';
import { chinaWorkingCalendar } from '../src/config/china-working-calendar.js';
import { aReport, bootDisputes, daysAgo, newCommunity, type DisputesApi } from './support/disputes-api.js';

describe('reporting and accepting disputes over HTTP', () => {
  let api: DisputesApi;
  const communityId = newCommunity();
  beforeAll(async () => {
    api = await bootDisputes();
  });
  afterAll(() => api?.close());

  it('reports a dispute under a server-generated UUIDv7 and answers 201 with the revision as ETag', async () => {
    const { status, body, headers } = await api.post('/disputes', aReport(communityId));
    expect(status).toBe(201);
    expect(body).toMatchObject({ revision: '0', events: ['disputes.DisputeReported'] });
    expect(body['id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    expect(body['position']).toMatch(/^\d+$/);
    expect(headers.get('etag')).toBe('"0"');
    expect(headers.get('location')).toBe(`/disputes/${String(body['id'])}`);
  });

  it('reports under the id the client chose, and refuses a second report on it with 409', async () => {
    const disputeId = randomUUID();
    expect((await api.post('/disputes', aReport(communityId, { disputeId }))).body).toMatchObject({ id: disputeId });
    expect((await api.post('/disputes', aReport(communityId, { disputeId }))).body).toMatchObject({ statusCode: 409, code: 'DisputeAlreadyExists' });
  });

  it('answers the same Idempotency-Key twice with the same result and records one event', async () => {
    const headers = { 'idempotency-key': `report-${randomUUID()}` };
    const first = await api.post('/disputes', aReport(communityId), headers);
    const again = await api.post('/disputes', aReport(communityId), headers);
    expect(first.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await api.events(String(first.body['id']))).toHaveLength(1);
  });

  it('accepts a reported dispute onto the ladder with the deadline of the configured policy and calendar', async () => {
    const reportedAt = daysAgo(10);
    const acceptedAt = daysAgo(10, 30);
    const { body } = await api.post('/disputes', aReport(communityId, { occurredAt: reportedAt }));
    const accepted = await api.post(`/disputes/${String(body['id'])}/accept`, { category: 'square_dancing_noise', level: 1, occurredAt: acceptedAt });
    expect(accepted).toMatchObject({ status: 200, body: { revision: '1', events: ['disputes.DisputeAccepted'] } });
    const [, stored] = await api.events(String(body['id']));
    const expected = deadlineOnEntering(acceptedAt, { category: 'square_dancing_noise', urgency: 'normal', level: 1 }, { policy: defaultDeadlinePolicy, calendar: chinaWorkingCalendar });
    expect(stored?.data).toMatchObject({ level: 1, acceptedAt, ...expected });
  });

  it('rejects a reported dispute with its reason, after which it cannot be accepted (409)', async () => {
    const { body } = await api.post('/disputes', aReport(communityId));
    const id = String(body['id']);
    expect((await api.post(`/disputes/${id}/reject`, { reason: 'a private debt, not a community matter' })).status).toBe(200);
    expect((await api.post(`/disputes/${id}/accept`, { category: 'other', level: 0 })).body).toMatchObject({ code: 'DisputeNotAwaitingAcceptance' });
  });

  it('lets the reporter withdraw, and no one else (409 OnlyReporterMayWithdraw)', async () => {
    const id = String((await api.post('/disputes', aReport(communityId))).body['id']);
    expect((await api.post(`/disputes/${id}/withdraw`, { subjectId: 'subj-dance' })).body).toMatchObject({ code: 'OnlyReporterMayWithdraw' });
    expect((await api.post(`/disputes/${id}/withdraw`, { subjectId: 'subj-li', reason: 'settled' })).body).toMatchObject({ events: ['disputes.DisputeWithdrawn'] });
  });

  it('answers 409 with the domain code when a rule refuses the report', async () => {
    const twoReporters = aReport(communityId, { parties: [{ subjectId: 'a', role: 'reporter', name: 'A' }, { subjectId: 'b', role: 'reporter', name: 'B' }] });
    expect((await api.post('/disputes', twoReporters)).body).toMatchObject({ statusCode: 409, code: 'ExactlyOneReporterRequired' });
    expect((await api.post('/disputes', aReport(communityId, { channel: 'hotline_12345' }))).body).toMatchObject({ code: 'HotlineTicketRequired' });
  });

  it('answers 404 for a command on a dispute that does not exist', async () =>
    expect(await api.post(`/disputes/${randomUUID()}/accept`, { category: 'parking', level: 0 })).toMatchObject({ status: 404, body: { code: 'NotFound' } }));
});
