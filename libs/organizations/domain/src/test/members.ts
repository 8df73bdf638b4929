import type { UnitFacts } from '../org-unit/org-unit.commands.js';
import type { LeaveBranch, RecordPerformanceAssessment, RecordServiceHours, ReportBack, TakeServicePost, TransferMember } from '../member/member.commands.js';
import type { MemberPerformanceAssessed, MemberReportedBack, ServiceHoursRecorded, ServicePostTaken } from '../member/member.events.js';
import { metadata } from './metadata.js';

// Builders for the member tests: member m-1 (subject s-1) reports back to branch-1, which serves yingbin-garden.

const memberId = 'm-1';

export const branchFacts: UnitFacts = {
  unitId: 'branch-1',
  type: 'residential_community_party_branch',
  status: 'active',
  establishedFrom: '2024-07-01',
  servedCommunityIds: ['yingbin-garden'],
};
export const otherBranchFacts: UnitFacts = { ...branchFacts, unitId: 'branch-2', servedCommunityIds: ['qianyue-1', 'teacher-village'] };

export const reportBack = (data: Partial<ReportBack['data']> = {}): ReportBack => ({
  type: 'ReportBack',
  data: {
    memberId,
    person: { subjectId: 's-1', name: 'Zhang Wei', phone: '13800000000' },
    branchUnitId: 'branch-1',
    communityId: 'yingbin-garden',
    workUnit: 'County Housing Bureau',
    rank: 'section_level',
    reportedOn: '2024-09-01',
    facts: { branch: branchFacts },
    ...data,
  },
  metadata: metadata(),
});

export const reportedBack = (data: Partial<MemberReportedBack['data']> = {}): MemberReportedBack => ({
  type: 'organizations.MemberReportedBack',
  data: {
    memberId,
    person: { subjectId: 's-1', name: 'Zhang Wei', phone: '13800000000' },
    branchUnitId: 'branch-1',
    communityId: 'yingbin-garden',
    workUnit: 'County Housing Bureau',
    rank: 'section_level',
    reportedOn: '2024-09-01',
    ...data,
  },
});

export const transfer = (data: Partial<TransferMember['data']> = {}): TransferMember => ({
  type: 'TransferMember',
  data: { memberId, toBranchUnitId: 'branch-2', toCommunityId: 'qianyue-1', transferredOn: '2025-03-01', facts: { branch: otherBranchFacts }, ...data },
  metadata: metadata(),
});

export const leave = (data: Partial<LeaveBranch['data']> = {}): LeaveBranch => ({
  type: 'LeaveBranch',
  data: { memberId, leftOn: '2025-04-01', reason: 'moved out of the county', ...data },
  metadata: metadata(),
});

export const takePost = (data: Partial<TakeServicePost['data']> = {}): TakeServicePost => ({
  type: 'TakeServicePost',
  data: { memberId, post: 'building leader', takenOn: '2024-10-01', ...data },
  metadata: metadata(),
});
export const postTaken = (data: Partial<ServicePostTaken['data']> = {}): ServicePostTaken => ({
  type: 'organizations.ServicePostTaken',
  data: { memberId, branchUnitId: 'branch-1', post: 'building leader', takenOn: '2024-10-01', ...data },
});

export const recordHours = (data: Partial<RecordServiceHours['data']> = {}): RecordServiceHours => ({
  type: 'RecordServiceHours',
  data: { memberId, hours: 2.5, servedOn: '2025-05-10', activity: 'fire-safety patrol', ...data },
  metadata: metadata(),
});
export const hoursRecorded = (data: Partial<ServiceHoursRecorded['data']> = {}): ServiceHoursRecorded => ({
  type: 'organizations.ServiceHoursRecorded',
  data: { memberId, branchUnitId: 'branch-1', hours: 2.5, servedOn: '2025-05-10', activity: 'fire-safety patrol', ...data },
});

export const assess = (data: Partial<RecordPerformanceAssessment['data']> = {}, actorId = 'assessor-1'): RecordPerformanceAssessment => ({
  type: 'RecordPerformanceAssessment',
  data: { memberId, period: '2025-Q1', score: 92, grade: 'excellent', reason: 'led the building patrols', ...data },
  metadata: metadata({ actor: { id: actorId, role: 'branch_secretary', orgUnitId: 'branch-1' } }),
});
export const assessed = (data: Partial<MemberPerformanceAssessed['data']> = {}): MemberPerformanceAssessed => ({
  type: 'organizations.MemberPerformanceAssessed',
  data: { memberId, period: '2025-Q1', score: 92, grade: 'excellent', reason: 'led the building patrols', assessorId: 'assessor-1', branchUnitId: 'branch-1', ...data },
});
