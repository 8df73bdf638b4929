import { assertNever, type Decider } from '@linli/domain-kernel';
import type { MemberCommand } from './member.commands.js';
import type { MemberEvent } from './member.events.js';
import type { Grade, MemberRank } from './member-codes.js';
import { leaveBranch, reportBack, transferMember } from './membership.js';
import { recordServiceHours, relinquishServicePost, takeServicePost } from './service.js';
import { recordPerformanceAssessment } from './assessment.js';

export interface RecordedAssessment {
  readonly score: number;
  readonly grade: Grade;
  readonly reason: string;
}

interface MemberDetails {
  readonly memberId: string;
  readonly subjectId: string;
  readonly branchUnitId: string;
  readonly communityId: string;
  readonly rank: MemberRank;
  /** The first report-back: no period ending before it can be assessed. */
  readonly firstReportedOn: string;
  /** The latest report-back, transfer or departure: later records cannot predate it. */
  readonly lastMovedOn: string;
  readonly post: { readonly post: string; readonly takenOn: string } | null;
  /** Hours recorded per day served, to keep a day within 24 hours. */
  readonly hoursByDay: Readonly<Record<string, number>>;
  readonly assessments: Readonly<Record<string, RecordedAssessment>>;
}

/** A party member in the community: active in a branch, or left (history kept). */
export type Member = { readonly status: 'none' } | ({ readonly status: 'active' } & MemberDetails) | ({ readonly status: 'left' } & MemberDetails);
export type KnownMember = Extract<Member, { status: 'active' | 'left' }>;
export type ActiveMember = Extract<Member, { status: 'active' }>;

export const initialMember = (): Member => ({ status: 'none' });

export function decideMember(command: MemberCommand, state: Member): MemberEvent[] {
  switch (command.type) {
    case 'ReportBack':
      return reportBack(command, state);
    case 'TransferMember':
      return transferMember(command, state);
    case 'LeaveBranch':
      return leaveBranch(command, state);
    case 'TakeServicePost':
      return takeServicePost(command, state);
    case 'RelinquishServicePost':
      return relinquishServicePost(command, state);
    case 'RecordServiceHours':
      return recordServiceHours(command, state);
    case 'RecordPerformanceAssessment':
      return recordPerformanceAssessment(command, state);
    default:
      return assertNever(command);
  }
}

export function evolveMember(state: Member, event: MemberEvent): Member {
  if (event.type === 'organizations.MemberReportedBack') {
    const { memberId, person, branchUnitId, communityId, rank, reportedOn } = event.data;
    const history = state.status === 'none' ? { firstReportedOn: reportedOn, hoursByDay: {}, assessments: {} } : state;
    const { firstReportedOn, hoursByDay, assessments } = history;
    return { status: 'active', memberId, subjectId: person.subjectId, branchUnitId, communityId, rank, firstReportedOn, lastMovedOn: reportedOn, post: null, hoursByDay, assessments };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'organizations.MemberTransferred': {
      const { toBranchUnitId, toCommunityId, transferredOn } = event.data;
      return { ...state, branchUnitId: toBranchUnitId, communityId: toCommunityId, lastMovedOn: transferredOn, post: null };
    }
    case 'organizations.MemberLeft':
      return { ...state, status: 'left', lastMovedOn: event.data.leftOn, post: null };
    case 'organizations.ServicePostTaken':
      return { ...state, post: { post: event.data.post, takenOn: event.data.takenOn } };
    case 'organizations.ServicePostRelinquished':
      return { ...state, post: null };
    case 'organizations.ServiceHoursRecorded': {
      const { servedOn, hours } = event.data;
      return { ...state, hoursByDay: { ...state.hoursByDay, [servedOn]: (state.hoursByDay[servedOn] ?? 0) + hours } };
    }
    case 'organizations.MemberPerformanceAssessed':
    case 'organizations.MemberPerformanceAssessmentAmended': {
      const { period, score, grade, reason } = event.data;
      return { ...state, assessments: { ...state.assessments, [period]: { score, grade, reason } } };
    }
    default:
      return assertNever(event);
  }
}

/** The member aggregate as a decider. */
export const memberDecider: Decider<MemberCommand, MemberEvent, Member> = {
  initialState: initialMember,
  decide: decideMember,
  evolve: evolveMember,
};
