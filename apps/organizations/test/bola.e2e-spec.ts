import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { DEV_ROOT_UNIT } from '@linli/security';
import { SecurityRuntime } from '@linli/service-kit';
import { BOLA_RUNS, BolaCounty, statusOf, tokenOf, type BootedService } from '@linli/service-kit/testing';
import { bootOrganizations, idOf, type Answer, type OrganizationsApi } from './support/organizations-api.js';
import { buildLadder, establish, estateWithBranch } from './support/yugan-tree.js';

// Broken object-level authorisation (OWASP API1) in the organizations service: generated users
// (role × unit) against the members, reception days, estates and units of a real tree built through
// the API. Members and reception days name no estate in their path: the service resolves them.

describe('object-level authorisation of organizations (BOLA)', () => {
  let service: BootedService;
  let api: OrganizationsApi;
  let county: BolaCounty;
  const memberOf: Record<string, string> = {};
  const receptionDayOf: Record<string, string> = {};
  const branchOf: Record<string, string> = {};
  let towns: string[] = [];

  beforeAll(async () => {
    ({ service, api } = await bootOrganizations());
    const ladder = await buildLadder(api);
    const committee = async (parentId: string, name: string) =>
      idOf(await establish(api, { type: 'community_party_committee', name: `${name} ${randomUUID().slice(0, 8)}`, parentId, effectiveFrom: '2020-06-01' }));
    const otherTown = idOf(await establish(api, { type: 'urban_community_party_working_committee', name: `Second Working Committee ${randomUUID().slice(0, 8)}`, parentId: ladder.county, effectiveFrom: '2020-01-01' }));
    const committees = [ladder.committee, await committee(ladder.workingCommittee, 'Dongshan Community Committee'), await committee(otherTown, 'Xishan Community Committee')];
    const estates = [];
    let last: Answer | undefined;
    for (const [i, unit] of committees.entries()) {
      const { estate, branch } = await estateWithBranch(api, unit, `Estate ${i}`);
      estates.push({ id: estate, unit });
      branchOf[estate] = branch;
      memberOf[estate] = idOf(await reportBack(estate, branch));
      receptionDayOf[estate] = idOf(await schedule(estate));
      last = await api.post(`/reception-days/${receptionDayOf[estate]}/hold`, { heldOn: '2025-05-20' });
    }
    const parentOf = { [ladder.city]: DEV_ROOT_UNIT, [ladder.county]: ladder.city, [ladder.workingCommittee]: ladder.county, [otherTown]: ladder.county, [committees[0]!]: ladder.workingCommittee, [committees[1]!]: ladder.workingCommittee, [committees[2]!]: otherTown };
    county = new BolaCounty(parentOf, estates);
    towns = [ladder.workingCommittee, otherTown];
    county.feed(service.app.get(SecurityRuntime).tree);
    // Reads below meet the read models caught up, so an in-scope read finds its resource.
    expect((await api.read(`/reception-days/${receptionDayOf[estates[2]!.id]}`, last!)).status).toBe(200);
  }, 240_000);
  afterAll(() => service?.close(), 240_000);

  const reportBack = (communityId: string, branchUnitId: string, headers: Record<string, string> = {}) =>
    api.post('/members', { person: { subjectId: `subject-${randomUUID()}`, name: 'Zhou Min', phone: '13800000000' }, branchUnitId, communityId, workUnit: 'Yugan County Housing Bureau', rank: 'section_level', reportedOn: '2024-09-01' }, headers);
  const schedule = (communityId: string, headers: Record<string, string> = {}) =>
    api.post('/reception-days', { communityId, officialSubjectId: 'official-17', scheduledFor: '2025-05-20', venue: 'Party and mass service centre' }, headers);
  const user = (route: string) => county.user('organizations', route);
  const estate = () => fc.constantFrom(...county.communities.map((c) => c.id));
  const unit = () => fc.constantFrom(...Object.keys(county.parentOf));

  it("reads a member's record only within the token's unit", () =>
    fc.assert(fc.asyncProperty(user('GET /members/:id'), estate(), async (who, communityId) => {
      county.expectScoped((await api.send('GET', `/members/${memberOf[communityId]}`, undefined, await tokenOf(who))).status, communityId, who);
    }), BOLA_RUNS), 300_000);

  it("changes a member's record only within the token's unit", () =>
    fc.assert(fc.asyncProperty(user('POST /members/:id/record-service-hours'), estate(), async (who, communityId) => {
      const { status } = await api.post(`/members/${memberOf[communityId]}/record-service-hours`, { hours: 0.5, servedOn: '2025-03-01', activity: 'courtyard clean-up' }, await tokenOf(who));
      county.expectScoped(status, communityId, who);
    }), BOLA_RUNS), 300_000);

  it('assesses a member only within the token\'s unit', () =>
    fc.assert(fc.asyncProperty(user('PUT /members/:id/assessments/:period'), estate(), async (who, communityId) => {
      const { status } = await api.put(`/members/${memberOf[communityId]}/assessments/2025-H1`, { score: 88, grade: 'good', reason: 'steady service' }, await tokenOf(who));
      county.expectScoped(status, communityId, who);
    }), { ...BOLA_RUNS, numRuns: 20 }), 300_000);

  it('reads a reception day only within the token\'s unit', () =>
    fc.assert(fc.asyncProperty(user('GET /reception-days/:id'), estate(), async (who, communityId) => {
      county.expectScoped((await api.send('GET', `/reception-days/${receptionDayOf[communityId]}`, undefined, await tokenOf(who))).status, communityId, who);
    }), BOLA_RUNS), 300_000);

  it('records a matter at a reception day only within the token\'s unit', () =>
    fc.assert(fc.asyncProperty(user('PUT /reception-days/:id/matters/:matterId'), estate(), async (who, communityId) => {
      const matter = { category: 'noise', summary: 'square dancing after 21:00', referToDisputes: false };
      county.expectScoped((await api.put(`/reception-days/${receptionDayOf[communityId]}/matters/bola-1`, matter, await tokenOf(who))).status, communityId, who);
    }), BOLA_RUNS), 300_000);

  it('schedules a reception day and reports a member back only in an estate within the token\'s unit', () =>
    fc.assert(fc.asyncProperty(user('POST /reception-days'), estate(), async (who, communityId) => {
      const created = county.inScope(communityId, who.unit) ? 201 : 403;
      expect((await schedule(communityId, await tokenOf(who))).status).toBe(created);
      expect((await reportBack(communityId, branchOf[communityId]!, await tokenOf(who))).status).toBe(created);
    }), { ...BOLA_RUNS, numRuns: 20 }), 300_000);

  it("lists an estate's members and reception days only within the token's unit, and never another estate's", () =>
    fc.assert(fc.asyncProperty(user('GET /communities/:id/members'), estate(), async (who, communityId) => {
      for (const list of ['members', 'reception-days']) {
        county.expectListScoped(await api.send('GET', `/communities/${communityId}/${list}`, undefined, await tokenOf(who)), communityId, who);
      }
    }), { ...BOLA_RUNS, numRuns: 25 }), 300_000);

  it('lists the estates of a unit and reads a unit only within the token\'s unit', () =>
    fc.assert(fc.asyncProperty(user('GET /communities'), unit(), async (who, unitId) => {
      county.expectListScoped(await api.send('GET', `/communities?communityUnitId=${unitId}`, undefined, await tokenOf(who)), unitId, who);
      county.expectScoped((await api.send('GET', `/org-units/${unitId}`, undefined, await tokenOf(who))).status, unitId, who);
      county.expectScoped((await api.send('GET', `/org-units/${unitId}/tree`, undefined, await tokenOf(who))).status, unitId, who);
    }), { ...BOLA_RUNS, numRuns: 15 }), 300_000);

  it('sets up and renames units only within the token\'s unit', () =>
    fc.assert(fc.asyncProperty(user('POST /org-units'), fc.constantFrom(...towns), async (who, town) => {
      const established = await establish(api, { type: 'community_party_committee', name: `BOLA Community Committee ${randomUUID().slice(0, 8)}`, parentId: town, effectiveFrom: '2020-06-01' }, await tokenOf(who));
      expect(established.status).toBe(county.inScope(town, who.unit) ? 201 : 403);
      const renamed = await api.post(`/org-units/${town}/rename`, { name: `Working Committee ${randomUUID().slice(0, 8)}`, effectiveFrom: '2024-01-01' }, await tokenOf(who));
      county.expectScoped(renamed.status, town, who);
    }), { ...BOLA_RUNS, numRuns: 15 }), 300_000);

  it('follows a member who moved: the new estate\'s units reach the record, the old estate\'s no longer do', async () => {
    const [from, to] = [county.communities[0]!, county.communities[2]!];
    const memberId = idOf(await reportBack(from.id, branchOf[from.id]!));
    const secretaryOf = (unit: string) => tokenOf({ role: 'branch_secretary', unit });
    const hours = async (unit: string, servedOn: string) =>
      (await api.post(`/members/${memberId}/record-service-hours`, { hours: 1, servedOn, activity: 'fire-safety patrol' }, await secretaryOf(unit))).status;
    expect(await hours(from.unit, '2025-03-02')).toBe(200);
    expect(await hours(to.unit, '2025-03-03')).toBe(403);
    expect((await api.post(`/members/${memberId}/transfer`, { toBranchUnitId: branchOf[to.id], toCommunityId: to.id, transferredOn: '2025-04-01' }, await secretaryOf(from.unit))).status).toBe(200);
    expect(await hours(to.unit, '2025-04-02')).toBe(200);
    expect(await hours(from.unit, '2025-04-03')).toBe(403);
  }, 120_000);

  it('refuses the whole list of units and estates to every token below the root', () =>
    fc.assert(fc.asyncProperty(user('GET /org-units'), async (who) => {
      expect((await api.send('GET', '/org-units', undefined, await tokenOf(who))).status).toBe(403);
      expect((await api.send('GET', '/communities', undefined, await tokenOf(who))).status).toBe(403);
    }), { ...BOLA_RUNS, numRuns: 15 }), 300_000);

  it('refuses every route the matrix declares when its target lies outside the token\'s unit', () =>
    fc.assert(fc.asyncProperty(county.crossScopeCalls('organizations', { member: memberOf, 'reception-day': receptionDayOf }), async (call) => {
      expect(await statusOf(service.url, call)).toBe(403);
    }), { ...BOLA_RUNS, numRuns: 80 }), 300_000);
});
