import { aReport, bootDisputes, daysAgo, newCommunity, type DisputesApi } from './support/disputes-api.js';

describe('handling an open dispute over HTTP', () => {
  let api: DisputesApi;
  const communityId = newCommunity();
  beforeAll(async () => {
    api = await bootDisputes();
  });
  afterAll(() => api?.close());

  /** A dispute reported and accepted at `level`; returns its id. */
  async function openDispute(level = 0): Promise<string> {
    const id = String((await api.post('/disputes', aReport(communityId))).body['id']);
    const department = level === 4 ? { department: 'urban_management' } : {};
    expect((await api.post(`/disputes/${id}/accept`, { category: 'square_dancing_noise', level, ...department })).status).toBe(200);
    return id;
  }

  it('assigns a mediator once: assigning the same one again records nothing', async () => {
    const id = await openDispute();
    expect((await api.post(`/disputes/${id}/assign-mediator`, { mediatorId: 'med-chen' })).body).toMatchObject({ revision: '2', events: ['disputes.MediatorAssigned'] });
    expect((await api.post(`/disputes/${id}/assign-mediator`, { mediatorId: 'med-chen' })).body).toMatchObject({ revision: '2', position: null, events: [] });
  });

  it('records a mediation session that took place, and refuses one dated in the future (409)', async () => {
    const id = await openDispute();
    const session = { attendeeIds: ['subj-li', 'subj-dance'], outcomeNotes: 'dancing ends at 20:30' };
    expect((await api.post(`/disputes/${id}/record-session`, { ...session, sessionDate: '2026-01-05' })).status).toBe(200);
    expect((await api.post(`/disputes/${id}/record-session`, { ...session, sessionDate: '2099-01-01' })).body).toMatchObject({ code: 'SessionDateInFuture' });
  });

  it('escalates one level at a time up to the working committee, which names a county department', async () => {
    const id = await openDispute(2);
    expect((await api.post(`/disputes/${id}/escalate`, { toLevel: 4, reason: 'no progress' })).body).toMatchObject({ code: 'EscalationSkipsLevels' });
    expect((await api.post(`/disputes/${id}/escalate`, { toLevel: 3, reason: 'the property company did not attend' })).body).toMatchObject({ events: ['disputes.DisputeEscalated'] });
    expect((await api.post(`/disputes/${id}/escalate`, { toLevel: 4, reason: 'fire risk' })).body).toMatchObject({ code: 'DepartmentRequired' });
    expect((await api.post(`/disputes/${id}/escalate`, { toLevel: 4, reason: 'fire risk', department: 'fire_safety' })).status).toBe(200);
  });

  it('refuses to escalate past level 4 with 409 EscalationBeyondTopLevel', async () => {
    const id = await openDispute(4);
    const answer = await api.post(`/disputes/${id}/escalate`, { toLevel: 5, reason: 'no one else to ask' });
    expect(answer).toMatchObject({ status: 409, body: { code: 'EscalationBeyondTopLevel' } });
    expect(String(answer.body['message'])).toMatch(/top of the ladder/);
  });

  it('applies a change based on the current revision (If-Match) and refuses one based on an older revision', async () => {
    const id = await openDispute();
    const stale = await api.post(`/disputes/${id}/escalate`, { toLevel: 1, reason: 'no agreement' }, { 'if-match': '"0"' });
    expect(stale).toMatchObject({ status: 409, body: { code: 'WrongExpectedRevision', currentRevision: '1' } });
    const current = await api.post(`/disputes/${id}/escalate`, { toLevel: 1, reason: 'no agreement' }, { 'if-match': '"1"' });
    expect(current).toMatchObject({ status: 200, body: { revision: '2' } });
    expect(current.headers.get('etag')).toBe('"2"');
  });

  it('resolves an open dispute, and refuses to resolve it again once closed (409 DisputeNotOpen)', async () => {
    const id = await openDispute(1);
    const resolved = await api.post(`/disputes/${id}/resolve`, { outcome: 'agreement_reached', agreementSummary: 'dancing ends at 20:30' });
    expect(resolved.body).toMatchObject({ events: ['disputes.DisputeResolved'] });
    expect((await api.post(`/disputes/${id}/close`)).body).toMatchObject({ events: ['disputes.DisputeClosed'] });
    expect(await api.post(`/disputes/${id}/resolve`, { outcome: 'rectified', agreementSummary: 'again' })).toMatchObject({ status: 409, body: { code: 'DisputeNotOpen' } });
  });

  it('refuses a deadline check that comes before the deadline (409 DeadlineNotPassed)', async () => {
    const id = await openDispute(0);
    const [, accepted] = await api.events(id);
    const { dueAt } = accepted!.data as { dueAt: string };
    expect((await api.post(`/disputes/${id}/mark-overdue`, { dueAt })).body).toMatchObject({ code: 'DeadlineNotPassed' });
  });

  it('records a passed deadline checked by hand once: overdue, escalated automatically, and a repeated check changes nothing', async () => {
    const at = daysAgo(20);
    const id = String((await api.post('/disputes', aReport(communityId, { occurredAt: at }))).body['id']);
    await api.post(`/disputes/${id}/accept`, { category: 'square_dancing_noise', level: 0, occurredAt: at });
    const [, accepted] = await api.events(id);
    const { dueAt } = accepted!.data as { dueAt: string };
    expect((await api.post(`/disputes/${id}/mark-overdue`, { dueAt })).body).toMatchObject({ events: ['disputes.DisputeBecameOverdue', 'disputes.DisputeEscalated'] });
    expect((await api.post(`/disputes/${id}/mark-overdue`, { dueAt })).body).toMatchObject({ events: [], position: null });
  });
});
