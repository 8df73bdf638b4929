import { randomUUID } from 'node:crypto';
import type { BootedService } from '@linli/service-kit/testing';
import { bootOrganizations, idOf, type OrganizationsApi } from './support/organizations-api.js';
import { buildLadder, estateWithBranch, type Ladder } from './support/yugan-tree.js';

const committee = (size: number) =>
  Array.from({ length: size }, (_, index) => ({ subjectId: `owner-${randomUUID().slice(0, 8)}`, role: index === 0 ? 'director' : index === 1 ? 'deputy_director' : 'member' }));
const election = (size = 5) => ({ members: committee(size), electedOn: '2024-05-20', termStart: '2024-06-01', termEnd: '2029-05-31' });

describe('residential communities and their self-governing bodies over HTTP', () => {
  let service: BootedService;
  let api: OrganizationsApi;
  let ladder: Ladder;
  beforeAll(async () => {
    ({ service, api } = await bootOrganizations());
    ladder = await buildLadder(api);
  });
  afterAll(() => service?.close());

  const register = (name: string, extra: Record<string, unknown> = {}) =>
    api.post('/communities', { name, address: '1 Qianyue Road, Yugan', households: 820, buildingCount: 16, communityUnitId: ladder.committee, ...extra });

  it('registers an estate, makes it a pilot, elects its owners committee and forms its boards; the community shows them all', async () => {
    const { estate, branch } = await estateWithBranch(api, ladder.committee, 'Qianyue No. 1');
    const owners = election();
    expect(await api.post(`/communities/${estate}/designate-pilot`, { designatedOn: '2023-03-01' })).toMatchObject({ status: 200, body: { events: ['organizations.PilotDesignated'] } });
    expect(await api.post(`/communities/${estate}/elect-owners-committee`, owners)).toMatchObject({ status: 200, etag: '"2"' });
    await api.post(`/communities/${estate}/form-supervisory-board`, { members: [{ subjectId: 'supervisor-1', role: 'chair' }, { subjectId: 'supervisor-2', role: 'member' }], formedOn: '2024-07-01' });
    const last = await api.post(`/communities/${estate}/form-property-committee`, { members: [{ subjectId: 'pc-1', role: 'director' }], formedOn: '2024-08-01' });
    const shown = await api.read(`/communities/${estate}`, last);
    expect(shown).toMatchObject({
      status: 200,
      etag: '"4"',
      body: {
        community: {
          communityId: estate,
          name: 'Qianyue No. 1',
          communityUnitId: ladder.committee,
          pilot: { since: '2023-03-01' },
          ownersCommittee: { term: 1, members: owners.members, termStart: '2024-06-01', termEnd: '2029-05-31' },
          supervisoryBoard: { formedOn: '2024-07-01' },
          propertyCommittee: { formedOn: '2024-08-01' },
        },
        servedByBranchId: branch,
        members: { active: 0, departmentLevel: 0 },
      },
    });
  });

  it('lists the pilots under a community committee', async () => {
    const pilot = idOf(await register('Central Capital'));
    const other = idOf(await register('Riverside Court'));
    const designated = await api.post(`/communities/${pilot}/designate-pilot`, { designatedOn: '2023-03-01' });
    const pilots = await api.read(`/communities?communityUnitId=${ladder.committee}&pilot=true`, designated);
    const ids = (pilots.body['items'] as { communityId: string }[]).map((item) => item.communityId);
    expect(ids).toContain(pilot);
    expect(ids).not.toContain(other);
  });

  it("re-elects the sitting committee for its next term and dissolves it; terms count on", async () => {
    const estate = idOf(await register('Teacher New Village'));
    await api.post(`/communities/${estate}/elect-owners-committee`, election(7));
    const reElected = await api.post(`/communities/${estate}/re-elect-owners-committee`, { ...election(9), electedOn: '2025-05-20', termStart: '2025-06-01', termEnd: '2030-05-31' });
    expect(reElected).toMatchObject({ status: 200, body: { events: ['organizations.OwnersCommitteeReElected'] } });
    const dissolved = await api.post(`/communities/${estate}/dissolve-owners-committee`, { dissolvedOn: '2025-09-01', reason: 'mass resignation' });
    expect((await api.read(`/communities/${estate}`, dissolved)).body).toMatchObject({ community: { ownersCommittee: null, termsElected: 2, lastDissolvedOn: '2025-09-01' } });
  });

  it('refuses to elect a committee in an estate that is not registered (409 with the domain reason)', async () => {
    const answer = await api.post(`/communities/${randomUUID()}/elect-owners-committee`, election());
    expect(answer).toMatchObject({ status: 409, body: { code: 'ResidentialCommunityNotRegistered' } });
  });

  it('refuses an owners committee with an even number of members', async () => {
    const estate = idOf(await register('Even Court'));
    expect(await api.post(`/communities/${estate}/elect-owners-committee`, election(6))).toMatchObject({ status: 409, body: { code: 'CommitteeSizeInvalid' } });
  });

  it('answers 400 naming communityUnitId when the estate would sit under a unit that is not a community organisation', async () => {
    const answer = await register('Misplaced Estate', { communityUnitId: ladder.workingCommittee });
    expect(answer).toMatchObject({ status: 400, body: { errors: [{ field: 'communityUnitId', rule: 'allowedParentType' }] } });
  });

  it('answers 404 when the community-level unit does not exist', async () => {
    expect(await register('Nowhere Estate', { communityUnitId: randomUUID() })).toMatchObject({ status: 404, body: { code: 'NotFound' } });
  });

  it.each([
    ['a committee member with an unknown role', { members: [{ subjectId: 's-1', role: 'treasurer' }] }, 'members.0.role', 'isIn'],
    ['a subject id that looks like a name', { members: [{ subjectId: 'Zhou Min', role: 'director' }] }, 'members.0.subjectId', 'matches'],
    ['an unknown field', { members: committee(5), venue: 'hall' }, 'venue', 'whitelistValidation'],
    ['members that are not a list', { members: 'five' }, 'members', 'isArray'],
  ])('answers 400 naming the field and the rule for %s', async (_case, change, field, rule) => {
    const answer = await api.post(`/communities/${randomUUID()}/elect-owners-committee`, { ...election(), ...change });
    expect(answer.status).toBe(400);
    expect(answer.body['errors']).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
  });

  it('answers 400 for households that are not a whole number', async () => {
    expect(await register('Fractional Estate', { households: 10.5 })).toMatchObject({ status: 400, body: { errors: [{ field: 'households', rule: 'isInt' }] } });
  });

  it('answers 404 for a community it does not know, and 400 naming the id for a malformed one', async () => {
    expect(await api.get(`/communities/${randomUUID()}`)).toMatchObject({ status: 404, body: { code: 'NotFound' } });
    expect(await api.get(`/communities/${randomUUID()}/members`)).toMatchObject({ status: 404 });
    expect(await api.get('/communities/42')).toMatchObject({ status: 400, body: { errors: [{ field: 'id', rule: 'isUuid' }] } });
  });

  it('answers a retried registration with the same Idempotency-Key with the same estate', async () => {
    const key = { 'idempotency-key': `register-${randomUUID()}` };
    const body = { name: 'Yingbin Garden Phase II', address: '20 Yingbin Avenue', households: 300, buildingCount: 6, communityUnitId: ladder.committee };
    const first = await api.post('/communities', body, key);
    const retry = await api.post('/communities', body, key);
    expect(retry.body).toEqual(first.body);
    expect((await api.read(`/communities/${idOf(first)}`, retry)).body).toMatchObject({ community: { revision: '0' } });
  });
});
