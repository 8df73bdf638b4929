import { project, projected, twice } from '../test/projected.js';
import { membersProjection } from './member.projection.js';

const reportedBack = {
  type: 'organizations.MemberReportedBack',
  data: {
    memberId: 'm-1',
    person: { subjectId: 's-1', name: 'Zhou Jianguo', phone: '13800000000' },
    branchUnitId: 'b-1',
    communityId: 'e-1',
    workUnit: 'County Housing Bureau',
    rank: 'department_level',
    reportedOn: '2024-09-01',
  },
};
const postTaken = { type: 'organizations.ServicePostTaken', data: { memberId: 'm-1', branchUnitId: 'b-1', post: 'building liaison', takenOn: '2024-09-10' } };
const hours = (servedOn: string, amount: number) => ({
  type: 'organizations.ServiceHoursRecorded',
  data: { memberId: 'm-1', branchUnitId: 'b-1', hours: amount, servedOn, activity: 'fire-safety patrol' },
});
const assessed = {
  type: 'organizations.MemberPerformanceAssessed',
  data: { memberId: 'm-1', period: '2024-H2', score: 88, grade: 'good', reason: 'regular patrols', assessorId: 'staff-1', branchUnitId: 'b-1' },
};
const relinquished = { type: 'organizations.ServicePostRelinquished', data: { memberId: 'm-1', branchUnitId: 'b-1', post: 'building liaison', relinquishedOn: '2025-01-05' } };
const transferred = {
  type: 'organizations.MemberTransferred',
  data: { memberId: 'm-1', fromBranchUnitId: 'b-1', toBranchUnitId: 'b-2', fromCommunityId: 'e-1', toCommunityId: 'e-2', transferredOn: '2025-01-05' },
};
const left = { type: 'organizations.MemberLeft', data: { memberId: 'm-1', branchUnitId: 'b-2', leftOn: '2025-04-01', reason: 'moved away' } };

describe('the members read model', () => {
  it('keeps a member record: post, service hours, assessments and moves', () => {
    const doc = project(membersProjection, projected(reportedBack, postTaken, hours('2024-10-01', 2.5), hours('2024-10-02', 1), assessed))['m-1'];
    expect(doc).toMatchObject({
      status: 'active',
      subjectId: 's-1',
      branchUnitId: 'b-1',
      communityId: 'e-1',
      rank: 'department_level',
      workUnit: 'County Housing Bureau',
      post: { post: 'building liaison', takenOn: '2024-09-10' },
      serviceHours: 3.5,
      assessments: { '2024-H2': { score: 88, grade: 'good', reason: 'regular patrols' } },
      moves: [{ kind: 'reported_back', on: '2024-09-01', branchUnitId: 'b-1', communityId: 'e-1' }],
      revision: 4,
    });
  });

  it('follows a transfer and a departure', () => {
    const doc = project(membersProjection, projected(reportedBack, postTaken, relinquished, transferred, left))['m-1'];
    expect(doc).toMatchObject({ status: 'left', branchUnitId: 'b-2', communityId: 'e-2', post: null });
    expect(doc?.moves).toEqual([
      { kind: 'reported_back', on: '2024-09-01', branchUnitId: 'b-1', communityId: 'e-1' },
      { kind: 'transferred', on: '2025-01-05', branchUnitId: 'b-2', communityId: 'e-2' },
      { kind: 'left', on: '2025-04-01', branchUnitId: 'b-2', communityId: 'e-2' },
    ]);
  });

  it('holds no name or phone: personal data stays in the event store', () => {
    const doc = JSON.stringify(project(membersProjection, projected(reportedBack))['m-1']);
    expect(doc).not.toContain('Zhou Jianguo');
    expect(doc).not.toContain('13800000000');
  });

  it('gives the same document when every event is delivered twice', () => {
    const events = projected(reportedBack, postTaken, hours('2024-10-01', 2.5), assessed, relinquished, transferred, left);
    expect(project(membersProjection, twice(events))).toEqual(project(membersProjection, events));
  });
});
