import { randomUUID } from 'node:crypto';
import type { BootedService } from '@linli/service-kit/testing';
import { bootOrganizations, idOf, type OrganizationsApi } from './support/organizations-api.js';
import { buildLadder, establish, type Ladder } from './support/yugan-tree.js';

describe('the party organisation tree over HTTP', () => {
  let service: BootedService;
  let api: OrganizationsApi;
  let ladder: Ladder;
  beforeAll(async () => {
    ({ service, api } = await bootOrganizations());
    ladder = await buildLadder(api);
  });
  afterAll(() => service?.close());

  const communityBranch = (name: string, extra: Record<string, unknown> = {}) =>
    establish(api, { type: 'community_party_branch', name, parentId: ladder.workingCommittee, effectiveFrom: '2020-03-01', ...extra });

  it('establishes a unit with 201, its revision as ETag, and shows it among the children of its parent', async () => {
    const created = await communityBranch('Dongshan Community Branch');
    expect(created).toMatchObject({ status: 201, etag: '"0"', body: { revision: '0', events: ['organizations.UnitEstablished'] } });
    const parent = await api.read(`/org-units/${ladder.workingCommittee}`, created);
    expect(parent.status).toBe(200);
    expect(parent.body).toMatchObject({ unit: { unitId: ladder.workingCommittee, type: 'urban_community_party_working_committee' } });
    expect(parent.body['children']).toEqual(expect.arrayContaining([expect.objectContaining({ unitId: idOf(created), name: 'Dongshan Community Branch', status: 'active' })]));
    expect(BigInt(String(parent.body['position']))).toBeGreaterThanOrEqual(BigInt(String(created.body['position'])));
  });

  it('shows the tree under a unit today, and as it stood on an earlier date', async () => {
    const late = await communityBranch('Late Community Branch', { effectiveFrom: '2024-01-01' });
    const today = await api.read(`/org-units/${ladder.county}/tree`, late);
    expect(today.body).toMatchObject({ tree: { unitId: ladder.county, children: [{ unitId: ladder.workingCommittee }] } });
    const names = (await api.read(`/org-units/${ladder.workingCommittee}/tree`, late)).body['tree'] as { children: { name: string }[] };
    expect(names.children.map((child) => child.name)).toContain('Late Community Branch');
    const before = await api.get(`/org-units/${ladder.workingCommittee}/tree?asOf=2023-12-31`);
    expect(before.body['asOf']).toBe('2023-12-31');
    expect(JSON.stringify(before.body['tree'])).not.toContain('Late Community Branch');
    expect(await api.get(`/org-units/${ladder.workingCommittee}/tree?asOf=2019-01-01`)).toMatchObject({ status: 404, body: { code: 'UnitNotActiveOnDate' } });
  });

  it('upgrades a community branch to a committee and renames it, each change one revision later', async () => {
    const id = idOf(await communityBranch('Hebin Community Branch'));
    const upgraded = await api.post(`/org-units/${id}/upgrade`, { toType: 'community_party_committee', effectiveFrom: '2022-01-01' }, { 'if-match': '"0"' });
    expect(upgraded).toMatchObject({ status: 200, etag: '"1"', body: { events: ['organizations.UnitUpgraded'] } });
    const renamed = await api.post(`/org-units/${id}/rename`, { name: 'Hebin Community Committee', effectiveFrom: '2022-01-01' }, { 'if-match': upgraded.etag ?? '' });
    expect(renamed).toMatchObject({ status: 200, etag: '"2"' });
    const shown = await api.read(`/org-units/${id}`, renamed);
    expect(shown).toMatchObject({ etag: '"2"', body: { unit: { type: 'community_party_committee', name: 'Hebin Community Committee', revision: '2' } } });
  });

  it('refuses a change sent with a stale If-Match revision, changing nothing', async () => {
    const id = idOf(await communityBranch('Stale Community Branch'));
    await api.post(`/org-units/${id}/rename`, { name: 'Renamed Once', effectiveFrom: '2022-01-01' });
    const stale = await api.post(`/org-units/${id}/rename`, { name: 'Renamed Twice', effectiveFrom: '2022-01-01' }, { 'if-match': '"0"' });
    expect(stale).toMatchObject({ status: 409, body: { code: 'WrongExpectedRevision', currentRevision: '1' } });
  });

  it('answers a retried establishment with the same Idempotency-Key with the first answer, recording one event', async () => {
    const body = { type: 'community_party_branch', name: 'Retried Community Branch', parentId: ladder.workingCommittee, effectiveFrom: '2020-03-01' };
    const key = { 'idempotency-key': `establish-${randomUUID()}` };
    const first = await establish(api, body, key);
    const retry = await establish(api, body, key);
    expect(first.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    const shown = await api.read(`/org-units/${idOf(first)}`, retry);
    expect(shown.body).toMatchObject({ unit: { revision: '0' } });
    const siblings = await api.read(`/org-units?parentId=${ladder.workingCommittee}&limit=100`, retry);
    expect((siblings.body['items'] as { name: string }[]).filter((unit) => unit.name === 'Retried Community Branch')).toHaveLength(1);
  });

  it('refuses to dissolve a unit that still has active units under it, and dissolves it once they are gone', async () => {
    const parent = idOf(await establish(api, { type: 'urban_community_party_working_committee', name: 'Second Working Committee', parentId: ladder.county, effectiveFrom: '2020-01-01' }));
    const child = idOf(await establish(api, { type: 'community_party_branch', name: 'Only Child Branch', parentId: parent, effectiveFrom: '2020-02-01' }));
    const dissolve = { reason: 'merged into the first working committee', effectiveFrom: '2025-01-01' };
    expect(await api.post(`/org-units/${parent}/dissolve`, dissolve)).toMatchObject({ status: 409, body: { code: 'UnitHasActiveChildren' } });
    expect(await api.post(`/org-units/${child}/dissolve`, dissolve)).toMatchObject({ status: 200, body: { events: ['organizations.UnitDissolved'] } });
    const dissolved = await api.post(`/org-units/${parent}/dissolve`, dissolve);
    expect(dissolved).toMatchObject({ status: 200, body: { events: ['organizations.UnitDissolved'] } });
    expect((await api.read(`/org-units/${parent}`, dissolved)).body).toMatchObject({ unit: { status: 'dissolved', dissolvedFrom: '2025-01-01' }, children: [{ unitId: child, status: 'dissolved' }] });
  });

  it('answers 400 naming parentId when the parent is of a type the ladder does not allow', async () => {
    const answer = await establish(api, { type: 'community_party_committee', name: 'Misplaced Committee', parentId: ladder.county, effectiveFrom: '2021-01-01' });
    expect(answer).toMatchObject({ status: 400, body: { errors: [{ field: 'parentId', rule: 'allowedParentType' }] } });
  });

  it('answers 400 naming parentId when a unit below the top has none', async () => {
    const answer = await establish(api, { type: 'county_party_committee', name: 'Orphan County', effectiveFrom: '2021-01-01' });
    expect(answer).toMatchObject({ status: 400, body: { errors: [{ field: 'parentId', rule: 'isUuid' }] } });
  });

  it('answers 404 for a parent that does not exist', async () => {
    const answer = await communityBranch('Lost Branch', { parentId: randomUUID() });
    expect(answer).toMatchObject({ status: 404, body: { code: 'NotFound' } });
  });

  it.each([
    ['an unknown field', { colour: 'red' }, 'colour', 'whitelistValidation'],
    ['a type outside the ladder', { type: 'village_committee' }, 'type', 'isIn'],
    ['a name that is not text', { name: 42 }, 'name', 'isString'],
    ['a date that does not exist', { effectiveFrom: '2023-02-30' }, 'effectiveFrom', 'isCalendarDate'],
    ['a blank name', { name: '   ' }, 'name', 'isNotBlank'],
    ['a residential branch without its formation', { type: 'residential_community_party_branch', parentId: randomUUID(), servedCommunityIds: [randomUUID()] }, 'formation', 'isIn'],
  ])('answers 400 naming the field and the rule for %s', async (_case, change, field, rule) => {
    const answer = await communityBranch('Valid Name', change);
    expect(answer.status).toBe(400);
    expect(answer.body['errors']).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
  });

  it('answers 400 naming the id for a malformed unit id, and 404 for an unknown one', async () => {
    expect(await api.post('/org-units/not-a-uuid/rename', { name: 'X', effectiveFrom: '2022-01-01' })).toMatchObject({ status: 400, body: { errors: [{ field: 'id', rule: 'isUuid' }] } });
    expect(await api.get('/org-units/not-a-uuid')).toMatchObject({ status: 400, body: { errors: [{ field: 'id', rule: 'isUuid' }] } });
    const unknown = randomUUID();
    expect(await api.post(`/org-units/${unknown}/rename`, { name: 'X', effectiveFrom: '2022-01-01' })).toMatchObject({ status: 404, body: { code: 'NotFound' } });
    expect(await api.post(`/org-units/${unknown}/dissolve`, { reason: 'none', effectiveFrom: '2022-01-01' })).toMatchObject({ status: 404 });
    expect(await api.get(`/org-units/${unknown}`)).toMatchObject({ status: 404, body: { code: 'NotFound' } });
    expect(await api.get(`/org-units/${unknown}/tree`)).toMatchObject({ status: 404 });
  });

  it('pages through the units under a parent and refuses a page larger than 100', async () => {
    const first = await api.get(`/org-units?parentId=${ladder.workingCommittee}&limit=2`);
    expect(first.status).toBe(200);
    expect(first.body['items']).toHaveLength(2);
    const second = await api.get(`/org-units?parentId=${ladder.workingCommittee}&limit=2&after=${String(first.body['next'])}`);
    expect((second.body['items'] as { unitId: string }[])[0]?.unitId).not.toEqual((first.body['items'] as { unitId: string }[])[1]?.unitId);
    expect(await api.get('/org-units?limit=101')).toMatchObject({ status: 400, body: { errors: [{ field: 'limit', rule: 'max' }] } });
    expect(await api.get('/org-units?type=hamlet')).toMatchObject({ status: 400, body: { errors: [{ field: 'type', rule: 'isIn' }] } });
  });

  it('answers 202 with the position reached when the read models do not reach minPosition within 2 s', async () => {
    const answer = await api.get(`/org-units/${ladder.city}?minPosition=99999999999999999999`);
    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({ position: expect.stringMatching(/^\d+$/) });
  });
});
