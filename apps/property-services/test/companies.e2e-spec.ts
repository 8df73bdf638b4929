import { bootService, type BootedService } from '@linli/service-kit/testing';
import { propertyServicesService } from '../src/property-services.service-definition.js';
import { client, fieldErrors, freshCreditCode, freshId, type Accepted, type Client } from './support/http.js';

describe('property service companies over HTTP', () => {
  let service: BootedService;
  let api: Client;
  beforeAll(async () => {
    service = await bootService(propertyServicesService);
    api = client(service.url);
  });
  afterAll(() => service?.close());

  const registration = (overrides: Record<string, unknown> = {}) => ({
    name: 'Yugan Jinyuan Property Services Co., Ltd.',
    creditCode: freshCreditCode(),
    qualificationLevel: 'ungraded',
    ...overrides,
  });

  it('registers a company with an id of the server, and lists it once the read model has the write', async () => {
    const registered = await api.post<Accepted>('/companies', registration({ name: 'Xinyu Property Co.' }));
    expect(registered).toMatchObject({ status: 201, etag: '"0"', body: { revision: '0', events: ['property.CompanyRegistered'] } });
    const company = await api.read(`/companies/${registered.body.id}?minPosition=${registered.body.position}`);
    expect(company.status).toBe(200);
    expect(company.body).toMatchObject({ company: { companyId: registered.body.id, name: 'Xinyu Property Co.', status: 'active' } });
    expect(BigInt(company.body['position'] as string)).toBeGreaterThanOrEqual(BigInt(registered.body.position ?? '0'));
  });

  it('stores a credit code typed in lowercase with stray spaces in capitals', async () => {
    const code = freshCreditCode();
    const registered = await api.post<Accepted>('/companies', registration({ creditCode: ` ${code.toLowerCase()} ` }));
    const company = await api.read(`/companies/${registered.body.id}?minPosition=${registered.body.position}`);
    expect(company.body).toMatchObject({ company: { creditCode: code } });
  });

  it('suspends a company with a reason and reinstates it, each answer carrying the new revision', async () => {
    const companyId = freshId();
    await api.post('/companies', registration({ companyId }));
    const suspended = await api.post<Accepted>(`/companies/${companyId}/suspension`, { reason: 'fire exits blocked' }, { 'if-match': '"0"' });
    expect(suspended).toMatchObject({ status: 200, etag: '"1"', body: { id: companyId, events: ['property.CompanySuspended'] } });
    const reinstated = await api.post<Accepted>(`/companies/${companyId}/reinstatement`);
    expect(reinstated).toMatchObject({ status: 200, etag: '"2"' });
    const company = await api.read(`/companies/${companyId}?minPosition=${reinstated.body.position}`);
    expect(company.body).toMatchObject({ company: { status: 'active', suspensionReason: null } });
  });

  it('refuses a credit code another company holds with 409 CreditCodeAlreadyRegistered', async () => {
    const creditCode = freshCreditCode();
    expect((await api.post('/companies', registration({ creditCode }))).status).toBe(201);
    // Right after the first write: the read model may not have it yet, the store does.
    expect(await api.post('/companies', registration({ creditCode }))).toMatchObject({ status: 409, body: { code: 'CreditCodeAlreadyRegistered' } });
  });

  it('answers a repeated Idempotency-Key with the first answer and records one company', async () => {
    const headers = { 'idempotency-key': `register-${freshId()}` };
    const body = registration();
    const first = await api.post<Accepted>('/companies', body, headers);
    const again = await api.post<Accepted>('/companies', body, headers);
    expect(again).toEqual(first);
    // One event only: the stream is still at revision 0.
    expect(await api.post(`/companies/${first.body.id}/suspension`, { reason: 'audit' }, { 'if-match': '"0"' })).toMatchObject({ status: 200 });
  });

  it('refuses a stale If-Match with 409 WrongExpectedRevision and the current revision', async () => {
    const companyId = freshId();
    await api.post('/companies', registration({ companyId }));
    expect(await api.post(`/companies/${companyId}/suspension`, { reason: 'late' }, { 'if-match': '"5"' })).toMatchObject({
      status: 409,
      body: { code: 'WrongExpectedRevision', currentRevision: '0' },
    });
  });

  it.each([
    ['a bad check character', { creditCode: '91361127MA35F3K2XB' }, ['creditCode', 'isCreditCode']],
    ['an unknown qualification level', { qualificationLevel: 'grade_9' }, ['qualificationLevel', 'isIn']],
    ['an unknown field', { founded: 2001 }, ['founded', 'whitelistValidation']],
    ['a name that is not text', { name: 42 }, ['name', 'isString']],
    ['a malformed company id', { companyId: 'company-1' }, ['companyId', 'isUuid']],
  ])('refuses %s with 400 naming the field and rule', async (_case, overrides, expected) => {
    const answer = await api.post('/companies', registration(overrides));
    expect(answer.status).toBe(400);
    expect(fieldErrors(answer)).toContainEqual(expected);
  });

  it('answers 404 for a company nobody registered, and 400 for a malformed id in the path', async () => {
    expect(await api.post(`/companies/${freshId()}/suspension`, { reason: 'x' })).toMatchObject({ status: 404, body: { code: 'NotFound' } });
    expect((await api.get(`/companies/${freshId()}`)).status).toBe(404);
    const malformed = await api.get('/companies/not-a-uuid');
    expect([malformed.status, fieldErrors(malformed)]).toEqual([400, [['companyId', 'isUuid']]]);
  });

  it('pages the register, refusing pages over 100', async () => {
    const registered = await api.post<Accepted>('/companies', registration());
    const page = await api.read(`/companies?limit=2&offset=0&minPosition=${registered.body.position}`);
    expect(page).toMatchObject({ status: 200, body: { limit: 2, offset: 0 } });
    expect((page.body['items'] as unknown[]).length).toBeLessThanOrEqual(2);
    expect(page.body['total']).toBeGreaterThanOrEqual(1);
    const tooMany = await api.get('/companies?limit=101');
    expect([tooMany.status, fieldErrors(tooMany)]).toEqual([400, [['limit', 'max']]]);
  });

  it('answers 202 with the position reached when minPosition is not reached within 2 s', async () => {
    const answer = await api.get('/companies?minPosition=999999999999999');
    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({ position: expect.stringMatching(/^\d+$/) });
  });
});
