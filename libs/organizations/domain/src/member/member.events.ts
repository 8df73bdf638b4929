import type { DomainEvent } from '@linli/domain-kernel';
import type { Grade, MemberRank } from './member-codes.js';

/** Personal information (PIPL) of a member: kept in this one block, keyed by subject, so it can be redacted or shredded alone. */
export interface Person {
  subjectId: string;
  name: string;
  phone: string | null;
}

/** A party member reported back (在职党员回小区报到) to the branch of the estate where they live. */
export type MemberReportedBack = DomainEvent<
  'organizations.MemberReportedBack',
  { memberId: string; person: Person; branchUnitId: string; communityId: string; workUnit: string; rank: MemberRank; reportedOn: string }
>;

export type MemberTransferred = DomainEvent<
  'organizations.MemberTransferred',
  { memberId: string; fromBranchUnitId: string; toBranchUnitId: string; fromCommunityId: string; toCommunityId: string; transferredOn: string }
>;

export type MemberLeft = DomainEvent<'organizations.MemberLeft', { memberId: string; branchUnitId: string; leftOn: string; reason: string }>;

export type ServicePostTaken = DomainEvent<'organizations.ServicePostTaken', { memberId: string; branchUnitId: string; post: string; takenOn: string }>;

export type ServicePostRelinquished = DomainEvent<'organizations.ServicePostRelinquished', { memberId: string; branchUnitId: string; post: string; relinquishedOn: string }>;

export type ServiceHoursRecorded = DomainEvent<
  'organizations.ServiceHoursRecorded',
  { memberId: string; branchUnitId: string; hours: number; servedOn: string; activity: string }
>;

interface Assessment {
  memberId: string;
  /** `2025`, `2025-H1` or `2025-Q3`. */
  period: string;
  score: number;
  grade: Grade;
  reason: string;
  /** The actor who assessed. */
  assessorId: string;
  /** The branch the member belonged to when assessed. */
  branchUnitId: string;
}
export type MemberPerformanceAssessed = DomainEvent<'organizations.MemberPerformanceAssessed', Assessment>;
export type MemberPerformanceAssessmentAmended = DomainEvent<
  'organizations.MemberPerformanceAssessmentAmended',
  Assessment & { previousScore: number; previousGrade: Grade }
>;

export type MemberEvent =
  | MemberReportedBack
  | MemberTransferred
  | MemberLeft
  | ServicePostTaken
  | ServicePostRelinquished
  | ServiceHoursRecorded
  | MemberPerformanceAssessed
  | MemberPerformanceAssessmentAmended;

/** Stream of one member. */
export const memberStreamName = (memberId: string): string => `organizations.member-${memberId}`;
