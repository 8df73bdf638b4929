import fc from 'fast-check';
import { SecurityRuntime } from '@linli/service-kit';
import { BOLA_RUNS, BolaCounty, bootService, communitiesNamedIn, statusOf, tokenOf, type BootedService } from '@linli/service-kit/testing';
import { propertyServicesService } from '../src/property-services.service-definition.js';
import { client, freshCreditCode, freshId, type Accepted, type Client } from './support/http.js';

// Broken object-level authorisation (OWASP API1) in property services: generated users (role ×
// unit) against each community's contracts, fees, ledger and statements. Every route names its
// community in the path; a contract of another community named under an allowed path is not found.

const county = BolaCounty.synthetic();
const READS = ['contracts', 'fees', 'ledger?period=2025-Q1', 'statements'];

describe('object-level authorisation of property services (BOLA)', () => {
  let service: BootedService;
  let api: Client;
  const contractOf: Record<string, string> = {};

  beforeAll(async () => {
    service = await bootService(propertyServicesService);
    api = client(service.url);
    county.feed(service.app.get(SecurityRuntime).tree);
    const companyId = freshId();
    expect((await api.post('/companies', { companyId, name: 'Yugan Anju Property Co.', creditCode: freshCreditCode(), qualificationLevel: 'grade_2' })).status).toBe(201);
    for (const { id } of county.communities) {
      const signed = await api.post<Accepted>(`/communities/${id}/contracts`, { companyId, periodStart: '2025-01-01', periodEnd: '2025-12-31', feeStandardFenPerSqmMonth: 120, serviceLevel: 'level_2' });
      expect(signed.status).toBe(201);
      contractOf[id] = signed.body.id;
      expect((await api.post(`/communities/${id}/ledger/revenue`, { category: 'parking', amountFen: 360_000, date: '2025-01-15', counterparty: 'Parking operator' })).status).toBe(201);
    }
  }, 240_000);
  afterAll(() => service?.close(), 240_000);

  const user = (route: string) => county.user('property-services', route);
  const as = tokenOf;

  it("reads a community's contracts, fees, ledger and statements only within the token's unit, and they name no other community", () =>
    fc.assert(fc.asyncProperty(user('GET /communities/:communityId/ledger'), county.community(), fc.constantFrom(...READS), async (who, communityId, what) => {
      const answer = await api.get(`/communities/${communityId}/${what}`, await as(who));
      county.expectListScoped(answer, communityId, who);
    }), BOLA_RUNS), 300_000);

  it("records a ledger entry only within the token's unit", () =>
    fc.assert(fc.asyncProperty(user('POST /communities/:communityId/ledger/revenue'), county.community(), async (who, communityId) => {
      const { status } = await api.post(`/communities/${communityId}/ledger/revenue`, { category: 'parking', amountFen: 100, date: '2025-02-01', counterparty: 'Parking operator' }, await as(who));
      if (county.inScope(communityId, who.unit)) expect(status).toBe(201);
      else expect(status).toBe(403);
    }), { ...BOLA_RUNS, numRuns: 25 }), 300_000);

  it("renews a contract only within the token's unit, and never another community's contract through an allowed path", () =>
    fc.assert(fc.asyncProperty(user('POST /communities/:communityId/contracts/:contractId/renewal'), county.community(), county.community(), async (who, pathCommunity, owner) => {
      const { status } = await api.post(`/communities/${pathCommunity}/contracts/${contractOf[owner]}/renewal`, { newPeriodEnd: '2026-12-31' }, await as(who));
      if (!county.inScope(pathCommunity, who.unit)) expect(status).toBe(403);
      else if (pathCommunity !== owner) expect(status).toBe(404);
      else expect(status).not.toBe(403);
    }), BOLA_RUNS), 300_000);

  it('refuses county-wide coverage below the root, and the register of companies it lets any scope read names no community', () =>
    fc.assert(fc.asyncProperty(user('GET /coverage'), async (who) => {
      expect((await api.get('/coverage', await as(who))).status).toBe(403);
      const companies = await api.get('/companies', await as(who));
      expect(companies.status).toBe(200);
      expect(communitiesNamedIn(companies.body)).toEqual([]);
    }), { ...BOLA_RUNS, numRuns: 10 }), 300_000);

  it('refuses every route the matrix declares when its target lies outside the token\'s unit', () =>
    fc.assert(fc.asyncProperty(county.crossScopeCalls('property-services'), async (call) => {
      expect(await statusOf(service.url, call)).toBe(403);
    }), { ...BOLA_RUNS, numRuns: 80 }), 300_000);
});
