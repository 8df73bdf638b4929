import { authHeaders } from '@linli/service-kit/testing';
import { aReport, bootDisputes, newCommunity, type Answer, type DisputesApi } from './support/disputes-api.js';

interface FieldErrors {
  statusCode: number;
  message: string;
  errors: { field: string; rule: string; message: string }[];
}

/** A 400 answer naming the field and the rule it broke. */
function expectFieldError(answer: Answer<FieldErrors>, field: string, rule: string): void {
  expect(answer.status).toBe(400);
  expect(answer.body).toMatchObject({ statusCode: 400, message: 'validation failed' });
  expect(answer.body.errors).toContainEqual(expect.objectContaining({ field, rule }));
}

describe('bad input to the disputes API', () => {
  let api: DisputesApi;
  const communityId = newCommunity();
  let disputeId: string;
  beforeAll(async () => {
    api = await bootDisputes();
    disputeId = String((await api.post('/disputes', aReport(communityId))).body['id']);
  });
  afterAll(() => api?.close());

  it('refuses a body that is not JSON with a 400 about the body, in the documented shape', async () => {
    const response = await fetch(`${api.service.url}/disputes`, { method: 'POST', headers: { ...(await authHeaders()), 'content-type': 'application/json' }, body: '{"category": "parking",' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ statusCode: 400, error: 'Bad Request', errors: [{ field: 'body', rule: 'parsable' }] });
  });

  it('refuses an unknown field, naming it', async () =>
    expectFieldError(await api.post<FieldErrors>('/disputes', aReport(communityId, { priority: 'high' })), 'priority', 'whitelistValidation'));

  it('refuses a value outside an enumeration', async () =>
    expectFieldError(await api.post<FieldErrors>('/disputes', aReport(communityId, { category: 'noise' })), 'category', 'isIn'));

  it('refuses a value of the wrong type', async () =>
    expectFieldError(await api.post<FieldErrors>(`/disputes/${disputeId}/accept`, { category: 'parking', level: 'one' }), 'level', 'isInt'));

  it('names the path of a bad field inside a party', async () => {
    const parties = [{ subjectId: 'subj-li', role: 'reporter', name: 'Li Wei', phone: 'call me' }];
    expectFieldError(await api.post<FieldErrors>('/disputes', aReport(communityId, { parties })), 'parties.0.phone', 'matches');
  });

  it('refuses a missing required field', async () =>
    expectFieldError(await api.post<FieldErrors>('/disputes', aReport(communityId, { description: undefined })), 'description', 'isString'));

  it('refuses a malformed dispute id in the path, naming it', async () => {
    expectFieldError(await api.post<FieldErrors>('/disputes/not-a-uuid/accept', { category: 'parking', level: 0 }), 'id', 'isUuid');
    expectFieldError(await api.get<FieldErrors>('/disputes/not-a-uuid'), 'id', 'isUuid');
  });

  it('refuses a business time in the future or more than 400 days ago', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    expectFieldError(await api.post<FieldErrors>('/disputes', aReport(communityId, { occurredAt: tomorrow })), 'occurredAt', 'isRecentPast');
    expectFieldError(await api.post<FieldErrors>('/disputes', aReport(communityId, { occurredAt: '2020-01-01T00:00:00Z' })), 'occurredAt', 'isRecentPast');
    expectFieldError(await api.post<FieldErrors>('/disputes', aReport(communityId, { occurredAt: 'yesterday' })), 'occurredAt', 'isDateTime');
  });

  it('refuses an escalation to a level that is not a number', async () =>
    expectFieldError(await api.post<FieldErrors>(`/disputes/${disputeId}/escalate`, { toLevel: 2.5, reason: 'x' }), 'toLevel', 'isInt'));

  it('refuses a malformed If-Match header', async () =>
    expectFieldError(await api.post<FieldErrors>(`/disputes/${disputeId}/reject`, { reason: 'x' }, { 'if-match': 'yesterday' }), 'If-Match', 'revision'));

  it('refuses a page larger than 100, a wrong filter and a malformed position in queries', async () => {
    expectFieldError(await api.get<FieldErrors>('/disputes?limit=101'), 'limit', 'max');
    expectFieldError(await api.get<FieldErrors>('/disputes?level=5'), 'level', 'max');
    expectFieldError(await api.get<FieldErrors>('/disputes?status=lost'), 'status', 'isIn');
    expectFieldError(await api.get<FieldErrors>('/disputes?overdue=maybe'), 'overdue', 'isBoolean');
    expectFieldError(await api.get<FieldErrors>('/disputes?reportedFrom=March'), 'reportedFrom', 'isIso8601');
    expectFieldError(await api.get<FieldErrors>('/disputes?after=garbage'), 'after', 'isCursor');
    expectFieldError(await api.get<FieldErrors>(`/communities/${communityId}/disputes?minPosition=-1`), 'minPosition', 'matches');
    expectFieldError(await api.get<FieldErrors>(`/communities/${communityId}/disputes?state=closed`), 'state', 'isIn');
  });
});
