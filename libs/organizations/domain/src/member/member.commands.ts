import type { Command } from '@linli/domain-kernel';
import type { UnitFacts } from '../org-unit/org-unit.commands.js';
import type { Person } from './member.events.js';
import type { Grade, MemberRank } from './member-codes.js';

/** The branch as looked up (see `describeUnit`); null when the id names no unit. */
type BranchFacts = { branch: UnitFacts | null };

export type ReportBack = Command<
  'ReportBack',
  { memberId: string; person: Person; branchUnitId: string; communityId: string; workUnit: string; rank: MemberRank; reportedOn: string; facts: BranchFacts }
>;

export type TransferMember = Command<
  'TransferMember',
  { memberId: string; toBranchUnitId: string; toCommunityId: string; transferredOn: string; facts: BranchFacts }
>;

export type LeaveBranch = Command<'LeaveBranch', { memberId: string; leftOn: string; reason: string }>;

export type TakeServicePost = Command<'TakeServicePost', { memberId: string; post: string; takenOn: string }>;

export type RelinquishServicePost = Command<'RelinquishServicePost', { memberId: string; relinquishedOn: string }>;

export type RecordServiceHours = Command<'RecordServiceHours', { memberId: string; hours: number; servedOn: string; activity: string }>;

/** Records a period's assessment; recording the same period again amends it, with its reason. */
export type RecordPerformanceAssessment = Command<'RecordPerformanceAssessment', { memberId: string; period: string; score: number; grade: Grade; reason: string }>;

export type MemberCommand = ReportBack | TransferMember | LeaveBranch | TakeServicePost | RelinquishServicePost | RecordServiceHours | RecordPerformanceAssessment;
