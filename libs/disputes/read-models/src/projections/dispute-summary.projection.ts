import type {
  CountyDepartment, DisputeCategory, DisputeEvent, EscalationLevel, PartyRole, ReportingChannel, ResolutionOutcome, Urgency,
} from '@linli/disputes-domain';
import type { Projection } from '@linli/projections';
import { asDisputeEvent, businessTimeOf, disputeKeys, utc } from './dispute-event.js';

/** Where a dispute stands, as lists and filters need it. */
export type DisputeSummaryStatus = 'reported' | 'open' | 'resolved' | 'closed' | 'rejected' | 'withdrawn';

/**
 * One dispute, for lists, filters and dashboards. No personal data: parties appear by their
 * pseudonymous subject id and role only. Times are UTC; absent values are null.
 */
export interface DisputeSummary {
  readonly disputeId: string;
  readonly communityId: string;
  readonly category: DisputeCategory;
  readonly urgency: Urgency;
  readonly channel: ReportingChannel;
  readonly hotlineTicketId: string | null;
  readonly parties: readonly { readonly subjectId: string; readonly role: PartyRole }[];
  readonly status: DisputeSummaryStatus;
  /** The current level of the ladder; null until accepted. */
  readonly level: EscalationLevel | null;
  readonly department: CountyDepartment | null;
  readonly mediatorId: string | null;
  readonly reportedAt: string;
  readonly acceptedAt: string | null;
  /** The deadline of the current level while open; null otherwise. */
  readonly dueAt: string | null;
  /** The current level's deadline has passed (reset when the dispute moves to a new deadline). */
  readonly overdue: boolean;
  readonly overdueCount: number;
  readonly escalationCount: number;
  readonly sessionCount: number;
  readonly reopenCount: number;
  readonly resolvedAt: string | null;
  readonly outcome: ResolutionOutcome | null;
  readonly workingDaysToResolve: number | null;
  readonly closedAt: string | null;
  /** When it was rejected or withdrawn. */
  readonly endedAt: string | null;
  readonly satisfaction: { readonly ratings: number; readonly total: number };
  /** Business time of the latest event. */
  readonly updatedAt: string;
  /** The stream revision this document reflects (the ETag of the dispute). */
  readonly revision: number;
}

/** Disputes by id: `disputes_summaries_v1`. */
export const disputeSummariesProjection: Projection<DisputeSummary> = {
  name: 'disputes_summaries',
  version: 1,
  keys: disputeKeys,
  evolve: (doc, stored) => {
    const event = asDisputeEvent(stored);
    if (!event) return doc;
    const next = event.type === 'disputes.DisputeReported' ? reported(event) : doc && changed(doc, event);
    return next && { ...next, updatedAt: businessTimeOf(event), revision: (doc?.revision ?? -1) + 1 };
  },
};

function reported({ data }: Extract<DisputeEvent, { type: 'disputes.DisputeReported' }>): DisputeSummary {
  return {
    disputeId: data.disputeId, communityId: data.communityId, category: data.category, urgency: data.urgency, channel: data.channel,
    hotlineTicketId: data.hotlineTicketId ?? null, parties: data.parties.map(({ subjectId, role }) => ({ subjectId, role })),
    status: 'reported', level: null, department: null, mediatorId: null, reportedAt: utc(data.reportedAt), acceptedAt: null, dueAt: null,
    overdue: false, overdueCount: 0, escalationCount: 0, sessionCount: 0, reopenCount: 0, resolvedAt: null, outcome: null,
    workingDaysToResolve: null, closedAt: null, endedAt: null, satisfaction: { ratings: 0, total: 0 }, updatedAt: utc(data.reportedAt), revision: 0,
  };
}

function changed(doc: DisputeSummary, event: DisputeEvent): DisputeSummary {
  switch (event.type) {
    case 'disputes.DisputeReported':
      return doc;
    case 'disputes.DisputeAccepted': {
      const { category, level, department, acceptedAt, dueAt } = event.data;
      return { ...doc, status: 'open', category, level, department: department ?? null, acceptedAt: utc(acceptedAt), dueAt: utc(dueAt), overdue: false };
    }
    case 'disputes.DisputeRejected':
      return { ...doc, status: 'rejected', endedAt: utc(event.data.rejectedAt) };
    case 'disputes.MediatorAssigned':
      return { ...doc, mediatorId: event.data.mediatorId };
    case 'disputes.MediationSessionRecorded':
      return { ...doc, sessionCount: doc.sessionCount + 1 };
    case 'disputes.DisputeEscalated': {
      const { toLevel, department, dueAt } = event.data;
      return { ...doc, level: toLevel, department: department ?? doc.department, dueAt: utc(dueAt), overdue: false, escalationCount: doc.escalationCount + 1 };
    }
    case 'disputes.DisputeBecameOverdue':
      return { ...doc, overdue: true, overdueCount: doc.overdueCount + 1 };
    case 'disputes.DisputeResolved': {
      const { outcome, resolvedAt, workingDaysToResolve } = event.data;
      return { ...doc, status: 'resolved', dueAt: null, overdue: false, outcome, resolvedAt: utc(resolvedAt), workingDaysToResolve, satisfaction: { ratings: 0, total: 0 } };
    }
    case 'disputes.HotlineTicketAnswered': // the ticket id is on the summary since the report
      return doc;
    case 'disputes.SatisfactionRated':
      return { ...doc, satisfaction: { ratings: doc.satisfaction.ratings + 1, total: doc.satisfaction.total + event.data.score } };
    case 'disputes.DisputeClosed':
      return { ...doc, status: 'closed', closedAt: utc(event.data.closedAt) };
    case 'disputes.DisputeReopened': {
      const { reopenCount, dueAt } = event.data;
      return { ...doc, status: 'open', reopenCount, dueAt: utc(dueAt), overdue: false, resolvedAt: null, outcome: null, workingDaysToResolve: null, closedAt: null };
    }
    case 'disputes.DisputeWithdrawn':
      return { ...doc, status: 'withdrawn', dueAt: null, overdue: false, endedAt: utc(event.data.withdrawnAt) };
  }
}
