import fc from 'fast-check';
import { SecurityRuntime } from '@linli/service-kit';
import { BOLA_RUNS, BolaCounty, statusOf, tokenOf } from '@linli/service-kit/testing';
import { aReport, bootDisputes, type DisputesApi } from './support/disputes-api.js';

// Broken object-level authorisation (OWASP API1): generated users (role × unit) against generated
// targets in a small county tree. Whatever lies outside a token's unit answers 403 or 404, and
// lists never show a dispute of a community outside it.

const county = BolaCounty.synthetic();

describe('object-level authorisation of disputes (BOLA)', () => {
  let api: DisputesApi;
  const disputeOf: Record<string, string> = {};

  beforeAll(async () => {
    api = await bootDisputes();
    county.feed(api.service.app.get(SecurityRuntime).tree);
    for (const { id } of county.communities) {
      const reported = await api.post('/disputes', aReport(id));
      expect(reported.status).toBe(201);
      disputeOf[id] = String(reported.body['id']);
    }
  });
  afterAll(() => api?.close());

  const user = (route: string) => county.user('disputes', route);

  it('reads a dispute only within the token\'s unit', () =>
    fc.assert(fc.asyncProperty(user('GET /disputes/:id'), county.community(), async (who, communityId) => {
      county.expectScoped((await api.get(`/disputes/${disputeOf[communityId]}`, await tokenOf(who))).status, communityId, who);
    }), { ...BOLA_RUNS, numRuns: 25 }), 300_000);

  it('changes a dispute only within the token\'s unit', () =>
    fc.assert(fc.asyncProperty(user('POST /disputes/:id/assign-mediator'), county.community(), async (who, communityId) => {
      const { status } = await api.post(`/disputes/${disputeOf[communityId]}/assign-mediator`, { mediatorId: 'med-bola' }, await tokenOf(who));
      county.expectScoped(status, communityId, who);
    }), BOLA_RUNS));

  it('reports a dispute only for a community within the token\'s unit', () =>
    fc.assert(fc.asyncProperty(user('POST /disputes'), county.community(), async (who, communityId) => {
      const { status } = await api.post('/disputes', aReport(communityId), await tokenOf(who));
      expect(status).toBe(county.inScope(communityId, who.unit) ? 201 : 403);
    }), { ...BOLA_RUNS, numRuns: 20 }));

  it('lists a community\'s disputes only within the token\'s unit, and a list never shows another community', () =>
    fc.assert(fc.asyncProperty(user('GET /disputes'), county.community(), async (who, communityId) => {
      for (const path of [`/disputes?communityId=${communityId}`, `/communities/${communityId}/disputes`]) {
        county.expectListScoped(await api.get(path, await tokenOf(who)), communityId, who);
      }
    }), { ...BOLA_RUNS, numRuns: 15 }), 300_000);

  it('refuses an unfiltered list to every token below the root (it would span other units)', () =>
    fc.assert(fc.asyncProperty(user('GET /disputes'), async (who) => {
      expect((await api.get('/disputes', await tokenOf(who))).status).toBe(403);
    }), { ...BOLA_RUNS, numRuns: 15 }));

  it('refuses every route the matrix declares when its target lies outside the token\'s unit', () =>
    fc.assert(fc.asyncProperty(county.crossScopeCalls('disputes', { dispute: disputeOf }), async (call) => {
      expect(await statusOf(api.service.url, call)).toBe(403);
    }), { ...BOLA_RUNS, numRuns: 80 }), 300_000);
});
