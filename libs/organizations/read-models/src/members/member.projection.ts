import { evolveMember, initialMember, type Member, type MemberEvent } from '@linli/organizations-domain';
import type { ProjectedEvent, Projection } from '@linli/projections';

/** A move in a member's record: reporting back, a transfer, leaving. */
export interface MemberMove {
  readonly kind: 'reported_back' | 'transferred' | 'left';
  readonly on: string;
  readonly branchUnitId: string;
  readonly communityId: string;
}

/**
 * A member's record as the domain folds it (branch, estate, rank, post, assessments by period),
 * plus work unit, total service hours, moves and stream revision. No name or phone: personal data
 * stays in the event store, where it can be erased (see `personalDataPolicy`).
 */
export type MemberDoc = Exclude<Member, { status: 'none' }> & {
  readonly workUnit: string;
  readonly serviceHours: number;
  readonly moves: readonly MemberMove[];
  readonly revision: number;
};

const memberEventTypes: Readonly<Record<MemberEvent['type'], true>> = {
  'organizations.MemberReportedBack': true,
  'organizations.MemberTransferred': true,
  'organizations.MemberLeft': true,
  'organizations.ServicePostTaken': true,
  'organizations.ServicePostRelinquished': true,
  'organizations.ServiceHoursRecorded': true,
  'organizations.MemberPerformanceAssessed': true,
  'organizations.MemberPerformanceAssessmentAmended': true,
};

const isMemberEvent = (event: Pick<ProjectedEvent, 'type'>): boolean => Object.hasOwn(memberEventTypes, event.type);

/** Members by id: `organizations_members_v1`. */
export const membersProjection: Projection<MemberDoc> = {
  name: 'organizations_members',
  version: 1,
  keys: (event) => (isMemberEvent(event) ? [(event.data as MemberEvent['data']).memberId] : []),
  evolve: (doc, event) => {
    const memberEvent = { type: event.type, data: event.data } as MemberEvent;
    const state = evolveMember(doc ?? initialMember(), memberEvent);
    if (state.status === 'none') return null;
    return {
      ...state,
      workUnit: memberEvent.type === 'organizations.MemberReportedBack' ? memberEvent.data.workUnit : (doc?.workUnit ?? ''),
      serviceHours: (doc?.serviceHours ?? 0) + (memberEvent.type === 'organizations.ServiceHoursRecorded' ? memberEvent.data.hours : 0),
      moves: [...(doc?.moves ?? []), ...moveOf(memberEvent, doc)],
      revision: (doc?.revision ?? -1) + 1,
    };
  },
};

function moveOf(event: MemberEvent, before: MemberDoc | null): MemberMove[] {
  switch (event.type) {
    case 'organizations.MemberReportedBack':
      return [{ kind: 'reported_back', on: event.data.reportedOn, branchUnitId: event.data.branchUnitId, communityId: event.data.communityId }];
    case 'organizations.MemberTransferred':
      return [{ kind: 'transferred', on: event.data.transferredOn, branchUnitId: event.data.toBranchUnitId, communityId: event.data.toCommunityId }];
    case 'organizations.MemberLeft':
      return [{ kind: 'left', on: event.data.leftOn, branchUnitId: event.data.branchUnitId, communityId: before?.communityId ?? '' }];
    default:
      return [];
  }
}
