import { bootService, type BootedService } from '@linli/service-kit/testing';
import { propertyServicesService } from '../src/property-services.service-definition.js';
import { client, fieldErrors, freshCreditCode, freshId, type Accepted, type Client } from './support/http.js';

describe('tenders, contracts and coverage over HTTP', () => {
  let service: BootedService;
  let api: Client;
  beforeAll(async () => {
    service = await bootService(propertyServicesService);
    api = client(service.url);
  });
  afterAll(() => service?.close());

  const registeredCompany = async (): Promise<string> => {
    const companyId = freshId();
    await api.post('/companies', { companyId, name: 'Yugan Anju Property Co.', creditCode: freshCreditCode(), qualificationLevel: 'grade_2' });
    return companyId;
  };
  const contract = (companyId: string, overrides: Record<string, unknown> = {}) => ({
    companyId,
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    feeStandardFenPerSqmMonth: 120,
    serviceLevel: 'level_2',
    ...overrides,
  });

  it('records a tender and signs the contract it led to, then lists both', async () => {
    const communityId = freshId();
    const companyId = await registeredCompany();
    const tender = await api.post<Accepted>(`/communities/${communityId}/tenders`, { tenderDate: '2024-12-10', biddersCount: 3, selectedCompanyId: companyId });
    expect(tender).toMatchObject({ status: 201, etag: '"0"', body: { events: ['property.CompanyRecruited'] } });
    const signed = await api.post<Accepted>(`/communities/${communityId}/contracts`, contract(companyId, { tenderId: tender.body.id }));
    expect(signed).toMatchObject({ status: 201, etag: '"2"', body: { events: ['property.ContractSigned', 'property.CoverageChanged'] } });
    const listed = await api.read(`/communities/${communityId}/contracts?minPosition=${signed.body.position}`);
    expect(listed.body).toMatchObject({
      communityId,
      tenders: [{ tenderId: tender.body.id, biddersCount: 3, selectedCompanyId: companyId }],
      contracts: [{ contractId: signed.body.id, companyId, tenderId: tender.body.id, status: 'signed', lastDayInForce: '2025-12-31' }],
    });
  });

  it('refuses a contract overlapping one in force with 409 ContractPeriodsOverlap', async () => {
    const communityId = freshId();
    const companyId = await registeredCompany();
    await api.post(`/communities/${communityId}/contracts`, contract(companyId));
    const overlapping = await api.post(`/communities/${communityId}/contracts`, contract(companyId, { periodStart: '2025-12-01', periodEnd: '2026-11-30' }));
    expect(overlapping).toMatchObject({ status: 409, body: { code: 'ContractPeriodsOverlap', message: expect.stringContaining('2025-12-01..2026-11-30') } });
  });

  it('refuses a company that is suspended with 409 CompanySuspended, and one never registered with 409 CompanyNotRegistered', async () => {
    const companyId = await registeredCompany();
    await api.post(`/companies/${companyId}/suspension`, { reason: 'fire exits blocked' });
    expect(await api.post(`/communities/${freshId()}/contracts`, contract(companyId))).toMatchObject({ status: 409, body: { code: 'CompanySuspended' } });
    expect(await api.post(`/communities/${freshId()}/contracts`, contract(freshId()))).toMatchObject({ status: 409, body: { code: 'CompanyNotRegistered' } });
  });

  it('renews a contract at a new fee and terminates it early, which ends coverage the day before', async () => {
    const communityId = freshId();
    const companyId = await registeredCompany();
    const signed = await api.post<Accepted>(`/communities/${communityId}/contracts`, contract(companyId));
    const base = `/communities/${communityId}/contracts/${signed.body.id}`;
    const renewed = await api.post<Accepted>(`${base}/renewal`, { newPeriodEnd: '2026-12-31', feeStandardFenPerSqmMonth: 140 }, { 'if-match': signed.etag ?? '' });
    expect(renewed).toMatchObject({ status: 200, etag: '"3"', body: { id: signed.body.id, events: ['property.ContractRenewed', 'property.CoverageChanged'] } });
    const terminated = await api.post<Accepted>(`${base}/termination`, { terminationDate: '2026-07-01', reason: 'service standard not met' });
    expect(terminated).toMatchObject({ status: 200, etag: '"5"', body: { events: ['property.ContractTerminated', 'property.CoverageChanged'] } });
    const listed = await api.read<{ contracts: Array<Record<string, unknown>> }>(`/communities/${communityId}/contracts?minPosition=${terminated.body.position}`);
    expect(listed.body.contracts[0]).toMatchObject({
      status: 'terminated',
      periodEnd: '2026-12-31',
      lastDayInForce: '2026-06-30',
      feeSchedule: [
        { from: '2025-01-01', feeStandardFenPerSqmMonth: 120 },
        { from: '2026-01-01', feeStandardFenPerSqmMonth: 140 },
      ],
    });
  });

  it('answers 404 for the renewal of a contract the community does not have', async () => {
    const answer = await api.post(`/communities/${freshId()}/contracts/${freshId()}/renewal`, { newPeriodEnd: '2030-01-01' });
    expect(answer).toMatchObject({ status: 404, body: { code: 'NotFound' } });
  });

  it.each([
    ['a period ending before it starts', { periodStart: '2025-06-01', periodEnd: '2025-05-31' }, ['periodEnd', 'isAfterStart']],
    ['a day that does not exist', { periodStart: '2025-02-29' }, ['periodStart', 'isBusinessDate']],
    ['a negative fee standard', { feeStandardFenPerSqmMonth: -5 }, ['feeStandardFenPerSqmMonth', 'isPositive']],
    ['a fee standard in yuan with decimals', { feeStandardFenPerSqmMonth: 1.2 }, ['feeStandardFenPerSqmMonth', 'isInt']],
    ['an unknown service level', { serviceLevel: 'level_9' }, ['serviceLevel', 'isIn']],
    ['a malformed tender id', { tenderId: 'tender-1' }, ['tenderId', 'isUuid']],
  ])('refuses %s with 400 naming the field and rule', async (_case, overrides, expected) => {
    const answer = await api.post(`/communities/${freshId()}/contracts`, contract(freshId(), overrides));
    expect(answer.status).toBe(400);
    expect(fieldErrors(answer)).toContainEqual(expected);
  });

  it('refuses a malformed community id in the path with 400 naming it', async () => {
    const answer = await api.post('/communities/yingbin-garden/contracts', contract(freshId()));
    expect([answer.status, fieldErrors(answer)]).toEqual([400, [['communityId', 'isUuid']]]);
  });

  it('reports a community as covered on the days its contract is in force, and as uncovered after', async () => {
    const communityId = freshId();
    const companyId = await registeredCompany();
    const signed = await api.post<Accepted>(`/communities/${communityId}/contracts`, contract(companyId, { periodStart: '2025-03-01', periodEnd: '2025-08-31' }));
    const covered = await api.read<{ communities: { items: Array<Record<string, unknown>> } }>(
      `/coverage?date=2025-05-01&status=covered&limit=100&minPosition=${signed.body.position}`,
    );
    expect(covered.status).toBe(200);
    expect(covered.body).toMatchObject({ date: '2025-05-01', covered: expect.any(Number), uncovered: expect.any(Number) });
    const mine = (await pageThrough(`/coverage?date=2025-05-01&status=covered`)).find((item) => item['communityId'] === communityId);
    expect(mine).toEqual({ communityId, covered: true, contract: expect.objectContaining({ contractId: signed.body.id, companyId, from: '2025-03-01', until: '2025-08-31' }) });
    const after = await pageThrough('/coverage?date=2025-09-01&status=uncovered');
    expect(after).toContainEqual({ communityId, covered: false, contract: null });
  });

  it('refuses a coverage query for a malformed date or an unknown status', async () => {
    expect(fieldErrors(await api.get('/coverage?date=2025-13-01'))).toEqual([['date', 'isBusinessDate']]);
    expect(fieldErrors(await api.get('/coverage?status=partly'))).toEqual([['status', 'isIn']]);
  });

  async function pageThrough(path: string): Promise<Array<Record<string, unknown>>> {
    const items: Array<Record<string, unknown>> = [];
    for (let offset = 0; ; offset += 100) {
      const page = await api.get<{ communities: { items: Array<Record<string, unknown>>; total: number } }>(`${path}&limit=100&offset=${offset}`);
      items.push(...page.body.communities.items);
      if (offset + 100 >= page.body.communities.total) return items;
    }
  }
});
