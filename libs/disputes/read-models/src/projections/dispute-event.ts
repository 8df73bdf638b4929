import type { DisputeEvent } from '@linli/disputes-domain';
import { assertNever } from '@linli/domain-kernel';
import type { ProjectedEvent } from '@linli/projections';

// What the disputes projections share: which stored events are disputes events, how to read one,
// and how business times are written in the read models.

const disputeEventTypes: Readonly<Record<DisputeEvent['type'], true>> = {
  'disputes.DisputeReported': true,
  'disputes.DisputeAccepted': true,
  'disputes.DisputeRejected': true,
  'disputes.MediatorAssigned': true,
  'disputes.MediationSessionRecorded': true,
  'disputes.DisputeEscalated': true,
  'disputes.DisputeBecameOverdue': true,
  'disputes.DisputeResolved': true,
  'disputes.HotlineTicketAnswered': true,
  'disputes.SatisfactionRated': true,
  'disputes.DisputeClosed': true,
  'disputes.DisputeReopened': true,
  'disputes.DisputeWithdrawn': true,
};

/** The stored event as the domain types it, or null for an event of another aggregate. */
export function asDisputeEvent(event: Pick<ProjectedEvent, 'type' | 'data'>): DisputeEvent | null {
  return Object.hasOwn(disputeEventTypes, event.type) ? ({ type: event.type, data: event.data } as DisputeEvent) : null;
}

/** Every disputes event names its dispute: the one document it touches. */
export function disputeKeys(event: ProjectedEvent): readonly string[] {
  return asDisputeEvent(event) ? [(event.data as { disputeId: string }).disputeId] : [];
}

/**
 * Instants are stored in UTC ('…Z', milliseconds) whatever offset the event was written with, so
 * that string order is time order and date-range filters compare like with like.
 */
export function utc(instant: string): string {
  return new Date(instant).toISOString();
}

/** The business time an event records (its own field), in UTC. */
export function businessTimeOf(event: DisputeEvent): string {
  switch (event.type) {
    case 'disputes.DisputeReported': return utc(event.data.reportedAt);
    case 'disputes.DisputeAccepted': return utc(event.data.acceptedAt);
    case 'disputes.DisputeRejected': return utc(event.data.rejectedAt);
    case 'disputes.MediatorAssigned': return utc(event.data.assignedAt);
    case 'disputes.MediationSessionRecorded': return utc(event.data.recordedAt);
    case 'disputes.DisputeEscalated': return utc(event.data.escalatedAt);
    case 'disputes.DisputeBecameOverdue': return utc(event.data.detectedAt);
    case 'disputes.DisputeResolved': return utc(event.data.resolvedAt);
    case 'disputes.HotlineTicketAnswered': return utc(event.data.resolvedAt);
    case 'disputes.SatisfactionRated': return utc(event.data.ratedAt);
    case 'disputes.DisputeClosed': return utc(event.data.closedAt);
    case 'disputes.DisputeReopened': return utc(event.data.reopenedAt);
    case 'disputes.DisputeWithdrawn': return utc(event.data.withdrawnAt);
    default: return assertNever(event);
  }
}
