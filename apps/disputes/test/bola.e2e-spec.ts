import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { DEV_ROOT_UNIT, ROUTE_MATRIX, type Role } from '@linli/security';
import { SecurityRuntime } from '@linli/service-kit';
import { authHeaders } from '@linli/service-kit/testing';
import { aReport, bootDisputes, type DisputesApi } from './support/disputes-api.js';

// Broken object-level authorisation (OWASP API1): generated users (role × unit) against generated
// targets in a small county tree. Whatever lies outside a token's unit answers 403 or 404, and
// lists never show a dispute of a community outside it.

const run = randomUUID().slice(0, 8);
const towns = [`town-a-${run}`, `town-b-${run}`];
const communityUnits = [`cu-a1-${run}`, `cu-a2-${run}`, `cu-b1-${run}`];
const parentOf: Record<string, string> = { [towns[0]!]: DEV_ROOT_UNIT, [towns[1]!]: DEV_ROOT_UNIT, [communityUnits[0]!]: towns[0]!, [communityUnits[1]!]: towns[0]!, [communityUnits[2]!]: towns[1]! };
const communities = communityUnits.map((unit, i) => ({ id: `rc-${i}-${run}`, unit }));
const elsewhere = `unit-elsewhere-${run}`;

/** The test's own model of scope: a community is in a unit's scope when the unit is on its path to the root. */
function inScope(communityId: string, unitId: string): boolean {
  let unit: string | undefined = communities.find((c) => c.id === communityId)?.unit;
  while (unit) {
    if (unit === unitId) return true;
    unit = parentOf[unit];
  }
  return false;
}

const rolesOf = (route: string): Role[] => [...(ROUTE_MATRIX['disputes']?.[route]?.roles ?? [])];
const scopedUnits = [...towns, ...communityUnits, elsewhere];

describe('object-level authorisation of disputes (BOLA)', () => {
  let api: DisputesApi;
  const disputeOf: Record<string, string> = {};

  beforeAll(async () => {
    api = await bootDisputes();
    const { tree } = api.service.app.get(SecurityRuntime);
    for (const [unitId, parentUnitId] of Object.entries(parentOf)) tree.apply({ type: 'cn.linli.organizations.unit-established.v1', data: { unitId, parentUnitId, servedCommunityIds: [] } });
    for (const { id, unit } of communities) tree.apply({ type: 'cn.linli.organizations.community-registered.v1', data: { communityId: id, communityUnitId: unit } });
    for (const { id } of communities) {
      const reported = await api.post('/disputes', aReport(id));
      expect(reported.status).toBe(201);
      disputeOf[id] = String(reported.body['id']);
    }
  });
  afterAll(() => api?.close());

  const user = (route: string) => fc.record({ role: fc.constantFrom(...rolesOf(route)), unit: fc.constantFrom(...scopedUnits) });
  const target = fc.constantFrom(...communities.map((c) => c.id));
  const as = async (role: Role, unit: string) => authHeaders({ subject: `user-${role}-${unit}`, role, unitId: unit });
  const settings = { numRuns: 40, seed: 20_260_101 };

  it('reads a dispute only within the token\'s unit', () =>
    fc.assert(fc.asyncProperty(user('GET /disputes/:id'), target, async ({ role, unit }, communityId) => {
      const { status } = await api.get(`/disputes/${disputeOf[communityId]}`, await as(role, unit));
      if (inScope(communityId, unit)) expect(status).not.toBe(403);
      else expect([403, 404]).toContain(status);
    }), { ...settings, numRuns: 25 }), 300_000);

  it('changes a dispute only within the token\'s unit', () =>
    fc.assert(fc.asyncProperty(user('POST /disputes/:id/assign-mediator'), target, async ({ role, unit }, communityId) => {
      const { status } = await api.post(`/disputes/${disputeOf[communityId]}/assign-mediator`, { mediatorId: 'med-bola' }, await as(role, unit));
      if (inScope(communityId, unit)) expect(status).not.toBe(403);
      else expect([403, 404]).toContain(status);
    }), settings));

  it('reports a dispute only for a community within the token\'s unit', () =>
    fc.assert(fc.asyncProperty(user('POST /disputes'), target, async ({ role, unit }, communityId) => {
      const { status } = await api.post('/disputes', aReport(communityId), await as(role, unit));
      if (inScope(communityId, unit)) expect(status).toBe(201);
      else expect(status).toBe(403);
    }), { ...settings, numRuns: 20 }));

  it('lists a community\'s disputes only within the token\'s unit, and a list never shows another community', () =>
    fc.assert(fc.asyncProperty(user('GET /disputes'), target, async ({ role, unit }, communityId) => {
      const byQuery = await api.get<{ items?: { communityId: string }[] }>(`/disputes?communityId=${communityId}`, await as(role, unit));
      const byPath = await api.get<{ items?: { communityId: string }[] }>(`/communities/${communityId}/disputes`, await as(role, unit));
      for (const answer of [byQuery, byPath]) {
        if (inScope(communityId, unit)) expect(answer.status).not.toBe(403);
        else expect(answer.status).toBe(403);
        expect((answer.body.items ?? []).filter((item) => !inScope(item.communityId, unit))).toEqual([]);
      }
    }), { ...settings, numRuns: 15 }), 300_000);

  it('refuses an unfiltered list to every token below the root (it would span other units)', () =>
    fc.assert(fc.asyncProperty(user('GET /disputes'), async ({ role, unit }) => {
      expect((await api.get('/disputes', await as(role, unit))).status).toBe(403);
    }), { ...settings, numRuns: 15 }));
});
