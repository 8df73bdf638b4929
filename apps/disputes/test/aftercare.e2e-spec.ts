import { aReport, bootDisputes, daysAgo, newCommunity, type DisputesApi } from './support/disputes-api.js';

describe('after a dispute is resolved, over HTTP', () => {
  let api: DisputesApi;
  const communityId = newCommunity();
  beforeAll(async () => {
    api = await bootDisputes();
  });
  afterAll(() => api?.close());

  /** A dispute resolved `days` ago (its whole history recorded with business times), or now. */
  async function resolvedDispute(days = 0): Promise<string> {
    const at = (minutes: number) => (days === 0 ? {} : { occurredAt: daysAgo(days, minutes) });
    const id = String((await api.post('/disputes', aReport(communityId, at(0)))).body['id']);
    await api.post(`/disputes/${id}/accept`, { category: 'square_dancing_noise', level: 1, ...at(1) });
    expect((await api.post(`/disputes/${id}/resolve`, { outcome: 'agreement_reached', agreementSummary: 'dancing ends at 20:30', ...at(2) })).status).toBe(200);
    return id;
  }

  it('takes each party\'s satisfaction once', async () => {
    const id = await resolvedDispute();
    expect((await api.post(`/disputes/${id}/rate-satisfaction`, { subjectId: 'subj-li', score: 5 })).body).toMatchObject({ events: ['disputes.SatisfactionRated'] });
    expect((await api.post(`/disputes/${id}/rate-satisfaction`, { subjectId: 'subj-li', score: 1 })).body).toMatchObject({ code: 'SatisfactionAlreadyGiven' });
    expect((await api.post(`/disputes/${id}/rate-satisfaction`, { subjectId: 'subj-stranger', score: 3 })).body).toMatchObject({ code: 'NotAPartyToTheDispute' });
  });

  it('refuses satisfaction after the 15-day window with 409 SatisfactionWindowClosed', async () => {
    const id = await resolvedDispute(20);
    expect(await api.post(`/disputes/${id}/rate-satisfaction`, { subjectId: 'subj-li', score: 4 })).toMatchObject({ status: 409, body: { code: 'SatisfactionWindowClosed' } });
  });

  it('closes a resolved dispute once (409 DisputeAlreadyClosed), and reopens it when the matter recurs', async () => {
    const id = await resolvedDispute();
    expect((await api.post(`/disputes/${id}/close`, {})).status).toBe(200);
    expect((await api.post(`/disputes/${id}/close`, {})).body).toMatchObject({ code: 'DisputeAlreadyClosed' });
    expect((await api.post(`/disputes/${id}/reopen`, { reason: 'the loudspeakers are back' })).body).toMatchObject({ events: ['disputes.DisputeReopened'] });
  });

  it('refuses to reopen after the 30-day window (409 ReopenWindowClosed)', async () =>
    expect((await api.post(`/disputes/${await resolvedDispute(40)}/reopen`, { reason: 'again' })).body).toMatchObject({ code: 'ReopenWindowClosed' }));

  it('refuses a backdated command that would land before the dispute\'s latest event (409)', async () => {
    const id = await resolvedDispute(5);
    const answer = await api.post(`/disputes/${id}/close`, { occurredAt: daysAgo(6) });
    expect(answer).toMatchObject({ status: 409, body: { code: 'OccurredBeforeLatestEvent' } });
  });
});
