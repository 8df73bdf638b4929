import { assertNever } from '@linli/domain-kernel';
import type { CountyDepartment, DisputeCategory, EscalationLevel, Urgency } from '../vocabulary.js';
import type { DisputeEvent } from './events.js';

/** What every existing dispute knows about itself: no personal data, only pseudonymous subject ids. */
export interface DisputeFacts {
  readonly disputeId: string;
  readonly communityId: string;
  readonly category: DisputeCategory;
  readonly urgency: Urgency;
  readonly reporterSubjectId: string;
  readonly partySubjectIds: readonly string[];
  readonly reopenCount: number;
  /** Set when the dispute came from the 12345 hotline: each resolution answers this ticket. */
  readonly hotlineTicketId?: string;
}

/** Where an accepted dispute stands on the ladder. */
export interface Handling {
  readonly level: EscalationLevel;
  readonly department?: CountyDepartment;
  readonly mediatorId?: string;
}

export type ReportedDispute = DisputeFacts & { readonly status: 'reported'; readonly reportedAt: string };
/** `openedAt` is the report, or the latest reopening; `overdue` concerns the current level's deadline. */
export type OpenDispute = DisputeFacts & Handling & {
  readonly status: 'open'; readonly openedAt: string; readonly dueAt: string; readonly overdue: boolean;
};
export type ResolvedDispute = DisputeFacts & Handling & {
  readonly status: 'resolved'; readonly resolvedAt: string; readonly ratedSubjectIds: readonly string[];
};
export type ClosedDispute = DisputeFacts & Handling & {
  readonly status: 'closed'; readonly resolvedAt: string; readonly closedAt: string; readonly ratedSubjectIds: readonly string[];
};
export type EndedDispute = DisputeFacts & { readonly status: 'rejected' | 'withdrawn'; readonly endedAt: string };

export type Dispute = { readonly status: 'none' } | ReportedDispute | OpenDispute | ResolvedDispute | ClosedDispute | EndedDispute;
export type DisputeStatus = Dispute['status'];
export type ExistingDispute = Exclude<Dispute, { status: 'none' }>;

export const initialState = (): Dispute => ({ status: 'none' });

const factsOf = ({ disputeId, communityId, category, urgency, reporterSubjectId, partySubjectIds, reopenCount, hotlineTicketId }: DisputeFacts): DisputeFacts =>
  ({ disputeId, communityId, category, urgency, reporterSubjectId, partySubjectIds, reopenCount, ...(hotlineTicketId !== undefined && { hotlineTicketId }) });
const handlingOf = ({ level, department, mediatorId }: Handling): Handling =>
  ({ level, ...(department && { department }), ...(mediatorId && { mediatorId }) });

/** Events come from decide, so a mismatch means a corrupted stream: fail loudly rather than guess. */
function inStatus<S extends DisputeStatus>(state: Dispute, event: DisputeEvent, ...statuses: S[]): Extract<Dispute, { status: S }> {
  if (!(statuses as DisputeStatus[]).includes(state.status)) throw new Error(`${event.type} cannot apply to a dispute that is ${state.status}`);
  return state as Extract<Dispute, { status: S }>;
}

export function evolve(state: Dispute, event: DisputeEvent): Dispute {
  switch (event.type) {
    case 'disputes.DisputeReported': {
      const { disputeId, communityId, category, urgency, parties, reportedAt, hotlineTicketId } = event.data;
      const reporterSubjectId = parties.find((p) => p.role === 'reporter')?.subjectId ?? '';
      const partySubjectIds = parties.map((p) => p.subjectId);
      const ticket = hotlineTicketId !== undefined ? { hotlineTicketId } : {};
      return { status: 'reported', disputeId, communityId, category, urgency, reporterSubjectId, partySubjectIds, reopenCount: 0, ...ticket, reportedAt };
    }
    case 'disputes.DisputeAccepted': {
      const { category, level, department, dueAt } = event.data;
      const s = inStatus(state, event, 'reported');
      return { ...factsOf(s), category, status: 'open', ...handlingOf({ level, department }), openedAt: s.reportedAt, dueAt, overdue: false };
    }
    case 'disputes.DisputeRejected':
      return { ...factsOf(inStatus(state, event, 'reported')), status: 'rejected', endedAt: event.data.rejectedAt };
    case 'disputes.MediatorAssigned':
      return { ...inStatus(state, event, 'open'), mediatorId: event.data.mediatorId };
    case 'disputes.MediationSessionRecorded':
      return inStatus(state, event, 'open');
    case 'disputes.DisputeEscalated': {
      const { toLevel, department, dueAt } = event.data;
      const s = inStatus(state, event, 'open');
      return { ...s, ...handlingOf({ ...s, level: toLevel, department: department ?? s.department }), dueAt, overdue: false };
    }
    case 'disputes.DisputeBecameOverdue':
      return { ...inStatus(state, event, 'open'), overdue: true };
    case 'disputes.DisputeResolved': {
      const s = inStatus(state, event, 'open');
      return { ...factsOf(s), ...handlingOf(s), status: 'resolved', resolvedAt: event.data.resolvedAt, ratedSubjectIds: [] };
    }
    case 'disputes.HotlineTicketAnswered':
      return inStatus(state, event, 'resolved');
    case 'disputes.SatisfactionRated': {
      const s = inStatus(state, event, 'resolved', 'closed');
      return { ...s, ratedSubjectIds: [...s.ratedSubjectIds, event.data.subjectId] };
    }
    case 'disputes.DisputeClosed':
      return { ...inStatus(state, event, 'resolved'), status: 'closed', closedAt: event.data.closedAt };
    case 'disputes.DisputeReopened': {
      const { reopenCount, reopenedAt, dueAt } = event.data;
      const s = inStatus(state, event, 'resolved', 'closed');
      return { ...factsOf(s), reopenCount, ...handlingOf(s), status: 'open', openedAt: reopenedAt, dueAt, overdue: false };
    }
    case 'disputes.DisputeWithdrawn':
      return { ...factsOf(inStatus(state, event, 'reported', 'open')), status: 'withdrawn', endedAt: event.data.withdrawnAt };
    default:
      return assertNever(event);
  }
}
