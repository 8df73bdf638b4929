import type { DisputeEvent } from '@linli/disputes-domain';
import type { Projection } from '@linli/projections';
import { asDisputeEvent, businessTimeOf, disputeKeys, utc } from './dispute-event.js';

/** One step in a dispute's history: what happened, when (business time, UTC), and its details. */
export interface DisputeHistoryEntry {
  /** The event type without its context prefix, e.g. `DisputeEscalated`. */
  readonly type: string;
  readonly at: string;
  /** Position in the disputes log (a decimal string). */
  readonly position: string;
  readonly details: Readonly<Record<string, string | number | boolean | null>>;
}

/**
 * The timeline of one dispute. Details hold no personal data: parties are counted (names, phones
 * and rooms stay in the event store), free texts are the ones the users were told to keep
 * impersonal, attendees are counted.
 */
export interface DisputeHistory {
  readonly disputeId: string;
  readonly communityId: string;
  readonly entries: readonly DisputeHistoryEntry[];
}

/** Dispute timelines by id: `disputes_histories_v1`. */
export const disputeHistoriesProjection: Projection<DisputeHistory> = {
  name: 'disputes_histories',
  version: 1,
  keys: disputeKeys,
  evolve: (doc, stored) => {
    const event = asDisputeEvent(stored);
    if (!event) return doc;
    const entry: DisputeHistoryEntry = {
      type: event.type.replace(/^disputes\./, ''),
      at: businessTimeOf(event),
      position: stored.position.toString(),
      details: detailsOf(event),
    };
    const { disputeId, communityId } = event.data;
    return { disputeId, communityId, entries: [...(doc?.entries ?? []), entry] };
  },
};

function detailsOf(event: DisputeEvent): DisputeHistoryEntry['details'] {
  switch (event.type) {
    case 'disputes.DisputeReported': {
      const { category, urgency, channel, hotlineTicketId, parties, description } = event.data;
      return { category, urgency, channel, hotlineTicketId: hotlineTicketId ?? null, partyCount: parties.length, description };
    }
    case 'disputes.DisputeAccepted': {
      const { category, level, department, dueAt, workingDaysAllowed } = event.data;
      return { category, level, department: department ?? null, dueAt: utc(dueAt), workingDaysAllowed };
    }
    case 'disputes.DisputeRejected':
      return { reason: event.data.reason };
    case 'disputes.MediatorAssigned':
      return { mediatorId: event.data.mediatorId, previousMediatorId: event.data.previousMediatorId ?? null, level: event.data.level };
    case 'disputes.MediationSessionRecorded': {
      const { level, sessionDate, attendeeIds, outcomeNotes } = event.data;
      return { level, sessionDate, attendeeCount: attendeeIds.length, outcomeNotes };
    }
    case 'disputes.DisputeEscalated': {
      const { fromLevel, toLevel, reason, automatic, department, dueAt, workingDaysAllowed } = event.data;
      return { fromLevel, toLevel, reason, automatic, department: department ?? null, dueAt: utc(dueAt), workingDaysAllowed };
    }
    case 'disputes.DisputeBecameOverdue':
      return { level: event.data.level, dueAt: utc(event.data.dueAt) };
    case 'disputes.DisputeResolved': {
      const { outcome, agreementSummary, level, workingDaysToResolve } = event.data;
      return { outcome, agreementSummary, level, workingDaysToResolve };
    }
    case 'disputes.HotlineTicketAnswered':
      return { hotlineTicketId: event.data.hotlineTicketId, outcome: event.data.outcome };
    case 'disputes.SatisfactionRated':
      return { subjectId: event.data.subjectId, score: event.data.score };
    case 'disputes.DisputeClosed':
      return { level: event.data.level };
    case 'disputes.DisputeReopened': {
      const { reason, level, reopenCount, dueAt, workingDaysAllowed } = event.data;
      return { reason, level, reopenCount, dueAt: utc(dueAt), workingDaysAllowed };
    }
    case 'disputes.DisputeWithdrawn':
      return { reason: event.data.reason ?? null };
  }
}
