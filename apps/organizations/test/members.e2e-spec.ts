import { randomUUID } from 'node:crypto';
import type { BootedService } from '@linli/service-kit/testing';
import { bootOrganizations, idOf, type OrganizationsApi } from './support/organizations-api.js';
import { buildLadder, estateWithBranch } from './support/yugan-tree.js';

describe('party members reporting back to their estate over HTTP', () => {
  let service: BootedService;
  let api: OrganizationsApi;
  let yingbin: { estate: string; branch: string };
  let teachers: { estate: string; branch: string };
  beforeAll(async () => {
    ({ service, api } = await bootOrganizations());
    const { committee } = await buildLadder(api);
    yingbin = await estateWithBranch(api, committee, 'Yingbin Garden');
    teachers = await estateWithBranch(api, committee, 'Teacher New Village');
  });
  afterAll(() => service?.close());

  const reportBack = (extra: Record<string, unknown> = {}) =>
    api.post('/members', {
      person: { subjectId: `subject-${randomUUID()}`, name: 'Zhou Min', phone: '13800000000' },
      branchUnitId: yingbin.branch,
      communityId: yingbin.estate,
      workUnit: 'Yugan County Housing Bureau',
      rank: 'department_level',
      reportedOn: '2024-09-01',
      ...extra,
    });

  it("reports a member back to the branch serving their estate; the member's record shows their name, read from the event store", async () => {
    const reported = await reportBack();
    expect(reported).toMatchObject({ status: 201, etag: '"0"', body: { events: ['organizations.MemberReportedBack'] } });
    const record = await api.read(`/members/${idOf(reported)}`, reported);
    expect(record.body).toMatchObject({
      member: { memberId: idOf(reported), status: 'active', branchUnitId: yingbin.branch, communityId: yingbin.estate, rank: 'department_level', person: { name: 'Zhou Min', phone: '13800000000' } },
    });
  });

  it("lists an estate's members without their names, and counts them on the community", async () => {
    const reported = await reportBack({ person: { subjectId: `subject-${randomUUID()}`, name: 'Wu Fang', phone: null }, rank: 'section_level' });
    const members = await api.read(`/communities/${yingbin.estate}/members?status=active&limit=100`, reported);
    expect((members.body['items'] as { memberId: string }[]).map((member) => member.memberId)).toContain(idOf(reported));
    expect(JSON.stringify(members.body)).not.toContain('Wu Fang');
    const community = await api.read(`/communities/${yingbin.estate}`, reported);
    expect(community.body['members']).toMatchObject({ active: expect.any(Number), departmentLevel: expect.any(Number) });
  });

  it('keeps a record of service: a post, hours, an assessment, then a transfer that ends the post, and a departure', async () => {
    const id = idOf(await reportBack());
    await api.post(`/members/${id}/take-service-post`, { post: 'building liaison', takenOn: '2024-09-10' });
    await api.post(`/members/${id}/record-service-hours`, { hours: 2.5, servedOn: '2024-10-01', activity: 'fire-safety patrol' });
    expect(await api.put(`/members/${id}/assessments/2024-H2`, { score: 92, grade: 'excellent', reason: 'led the patrols' })).toMatchObject({ status: 200 });
    const transferred = await api.post(`/members/${id}/transfer`, { toBranchUnitId: teachers.branch, toCommunityId: teachers.estate, transferredOn: '2025-01-05' });
    expect(transferred.body['events']).toEqual(['organizations.ServicePostRelinquished', 'organizations.MemberTransferred']);
    const left = await api.post(`/members/${id}/leave`, { leftOn: '2025-04-01', reason: 'moved out of the county' });
    const record = await api.read(`/members/${id}`, left);
    expect(record.body['member']).toMatchObject({
      status: 'left',
      communityId: teachers.estate,
      post: null,
      serviceHours: 2.5,
      assessments: { '2024-H2': { score: 92, grade: 'excellent' } },
      moves: [{ kind: 'reported_back' }, { kind: 'transferred', branchUnitId: teachers.branch }, { kind: 'left' }],
      revision: '6',
    });
  });

  it('amends an assessment recorded again for the same period', async () => {
    const id = idOf(await reportBack());
    await api.put(`/members/${id}/assessments/2025-Q1`, { score: 75, grade: 'fair', reason: 'first review' });
    const amended = await api.put(`/members/${id}/assessments/2025-Q1`, { score: 81, grade: 'good', reason: 'hours were missing' });
    expect(amended.body['events']).toEqual(['organizations.MemberPerformanceAssessmentAmended']);
  });

  it('refuses to report a member back to a branch that does not serve their estate', async () => {
    expect(await reportBack({ communityId: teachers.estate })).toMatchObject({ status: 409, body: { code: 'BranchDoesNotServeCommunity' } });
  });

  it('refuses an assessment whose grade does not match its score', async () => {
    const id = idOf(await reportBack());
    expect(await api.put(`/members/${id}/assessments/2025`, { score: 85, grade: 'excellent', reason: 'generous' })).toMatchObject({ status: 409, body: { code: 'GradeInconsistentWithScore' } });
  });

  it('answers 404 for a member it does not know, and for a branch that does not exist', async () => {
    const unknown = randomUUID();
    expect(await api.post(`/members/${unknown}/leave`, { leftOn: '2025-01-01', reason: 'moved' })).toMatchObject({ status: 404, body: { code: 'NotFound' } });
    expect(await api.get(`/members/${unknown}`)).toMatchObject({ status: 404, body: { code: 'NotFound' } });
    expect(await reportBack({ branchUnitId: randomUUID() })).toMatchObject({ status: 404, body: { code: 'NotFound' } });
  });

  it.each([
    ['a person without a name', { person: { subjectId: 's-9', phone: null } }, 'person.name', 'isString'],
    ['a phone that is not a number', { person: { subjectId: 's-9', name: 'Li Na', phone: 'call me' } }, 'person.phone', 'matches'],
    ['a rank that does not exist', { rank: 'general' }, 'rank', 'isIn'],
    ['a malformed branch id', { branchUnitId: 'branch-1' }, 'branchUnitId', 'isUuid'],
  ])('answers 400 naming the field and the rule for %s', async (_case, change, field, rule) => {
    const answer = await reportBack(change);
    expect(answer.status).toBe(400);
    expect(answer.body['errors']).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
  });

  it('answers 400 naming hours that are not whole quarter hours', async () => {
    const answer = await api.post(`/members/${randomUUID()}/record-service-hours`, { hours: 1.1, servedOn: '2025-01-01', activity: 'patrol' });
    expect(answer).toMatchObject({ status: 400, body: { errors: [{ field: 'hours', rule: 'isQuarterHours' }] } });
  });

  it('answers 400 naming the period when it is not YYYY, YYYY-Hn or YYYY-Qn', async () => {
    expect(await api.put(`/members/${randomUUID()}/assessments/2025-M3`, { score: 70, grade: 'fair', reason: 'x' })).toMatchObject({ status: 400, body: { errors: [{ field: 'period', rule: 'isPeriod' }] } });
  });

  it('answers a retried report-back with the same Idempotency-Key with the first answer, recording one event', async () => {
    const key = { 'idempotency-key': `report-${randomUUID()}` };
    const body = { person: { subjectId: `subject-${randomUUID()}`, name: 'Chen Jie' }, branchUnitId: yingbin.branch, communityId: yingbin.estate, workUnit: 'Tax Bureau', rank: 'other', reportedOn: '2024-09-01' };
    const first = await api.post('/members', body, key);
    const retry = await api.post('/members', body, key);
    expect(retry.body).toEqual(first.body);
    expect((await api.read(`/members/${idOf(first)}`, retry)).body).toMatchObject({ member: { revision: '0' } });
  });
});
