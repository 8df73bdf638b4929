import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { SecurityRuntime } from '@linli/service-kit';
import { BOLA_RUNS, BolaCounty, communitiesNamedIn, statusOf, tokenOf } from '@linli/service-kit/testing';
import { bootRatings, type RatingsUnderTest } from './support/boot-ratings.js';

// Broken object-level authorisation (OWASP API1) in ratings: generated users (role × unit) against
// each community's ratings, awards and governance history. The county-wide dashboard is for
// root-scoped tokens only; rubrics are reference data that name no community.

const county = BolaCounty.synthetic();
const rubricId = `bola-${randomUUID().slice(0, 8)}`;
const rubric = {
  version: 1,
  effectiveFrom: '2025-01-01',
  areas: [{ id: 'property', name: 'Property services', criteria: [{ id: 'contract', name: 'Contract in force', weight: 100, measure: 'contract_in_force', scoring: { kind: 'boolean' } }] }],
  starThresholds: [{ stars: 3, minScore: 60 }, { stars: 5, minScore: 90 }],
};
const award = { stars: 3, rubricId, rubricVersion: 1, scoreSeen: 0, recommendedStars: 3 };

describe('object-level authorisation of ratings (BOLA)', () => {
  let api: RatingsUnderTest;

  beforeAll(async () => {
    api = await bootRatings();
    county.feed(api.app.get(SecurityRuntime).tree);
    expect((await api.post(`/rubrics/${rubricId}/versions`, rubric)).status).toBe(201);
    let last = '0';
    for (const { id } of county.communities) {
      const awarded = await api.post(`/communities/${id}/awards/2025-H2`, award);
      expect(awarded.status).toBe(201);
      last = String(awarded.body.position);
    }
    // Reads below meet the read models caught up with every award.
    const caughtUp = `/communities/${county.communities[2]!.id}/ratings?rubricId=${rubricId}&minPosition=${last}`;
    let status = 202;
    for (let attempt = 0; status === 202 && attempt < 60; attempt++) status = (await api.get(caughtUp)).status;
    expect(status).toBe(200);
  }, 240_000);
  afterAll(() => api?.close(), 240_000);

  const user = (route: string) => county.user('ratings', route);

  it("reads a community's ratings and history only within the token's unit, and they name no other community", () =>
    fc.assert(fc.asyncProperty(user('GET /communities/:communityId/ratings'), county.community(), async (who, communityId) => {
      county.expectListScoped(await api.get(`/communities/${communityId}/ratings?rubricId=${rubricId}`, await tokenOf(who)), communityId, who);
      county.expectListScoped(await api.get(`/communities/${communityId}/ratings/2025-H2?rubricId=${rubricId}`, await tokenOf(who)), communityId, who);
      county.expectScoped((await api.get(`/communities/${communityId}/governance-history`, await tokenOf(who))).status, communityId, who);
    }), BOLA_RUNS), 300_000);

  it("amends a community's award only within the token's unit", () =>
    fc.assert(fc.asyncProperty(user('POST /communities/:communityId/awards/:period/amend'), county.community(), async (who, communityId) => {
      const { status } = await api.post(`/communities/${communityId}/awards/2025-H2/amend`, { stars: 4, reason: 'statement corrected' }, await tokenOf(who));
      county.expectScoped(status, communityId, who);
    }), BOLA_RUNS), 300_000);

  it('awards stars only to a community within the token\'s unit', () =>
    fc.assert(fc.asyncProperty(user('POST /communities/:communityId/awards/:period'), county.community(), async (who, communityId) => {
      const { status } = await api.post(`/communities/${communityId}/awards/2025-H1`, award, await tokenOf(who));
      if (county.inScope(communityId, who.unit)) expect([201, 409]).toContain(status);
      else expect(status).toBe(403);
    }), { ...BOLA_RUNS, numRuns: 25 }), 300_000);

  it('refuses the county dashboard below the root, and the rubrics any scope reads name no community', () =>
    fc.assert(fc.asyncProperty(user('GET /dashboard'), async (who) => {
      expect((await api.get('/dashboard', await tokenOf(who))).status).toBe(403);
      const rubrics = await api.get('/rubrics', await tokenOf(who));
      expect(rubrics.status).toBe(200);
      expect(communitiesNamedIn(rubrics.body)).toEqual([]);
    }), { ...BOLA_RUNS, numRuns: 15 }), 300_000);

  it('refuses every route the matrix declares when its target lies outside the token\'s unit', () =>
    fc.assert(fc.asyncProperty(county.crossScopeCalls('ratings'), async (call) => {
      expect(await statusOf(api.url, call)).toBe(403);
    }), { ...BOLA_RUNS, numRuns: 80 }), 300_000);
});
