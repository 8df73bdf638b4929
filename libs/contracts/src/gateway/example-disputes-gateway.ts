import { disputeEscalatedV1, disputeReportedV1, type DisputeEscalatedV1, type DisputeReportedV1 } from '../catalogue/disputes-handling.js';
import { disputeResolvedV1, type DisputeResolvedV1 } from '../catalogue/disputes-outcomes.js';
import { gatewayFrom, publicEvent, type Gateway } from './gateway.js';

// The reference gateway: how the disputes service's real one (which lives with the service and
// uses its private event types) reads. Each mapping copies public fields by name, so a private
// field added later (a name, a phone) never leaks by accident.

/** The private shapes this example reads (a subset of libs/disputes/domain's events). */
type StoredReported = Omit<DisputeReportedV1, 'partyCount'> & { parties: unknown[]; description: string };
type StoredEscalated = DisputeEscalatedV1 & { reason: string };
type StoredResolved = DisputeResolvedV1 & { agreementSummary: string };

/** Maps three disputes events to their public contracts; every other stored event stays private. */
export const exampleDisputesGateway: Gateway = gatewayFrom({
  'disputes.DisputeReported': ({ data }) => {
    const d = data as StoredReported;
    return publicEvent(disputeReportedV1, {
      disputeId: d.disputeId,
      communityId: d.communityId,
      category: d.category,
      urgency: d.urgency,
      channel: d.channel,
      ...(d.hotlineTicketId !== undefined && { hotlineTicketId: d.hotlineTicketId }),
      partyCount: d.parties.length,
      reportedAt: d.reportedAt,
    });
  },
  'disputes.DisputeEscalated': ({ data }) => {
    const d = data as StoredEscalated;
    return publicEvent(disputeEscalatedV1, {
      disputeId: d.disputeId,
      communityId: d.communityId,
      fromLevel: d.fromLevel,
      toLevel: d.toLevel,
      automatic: d.automatic,
      ...(d.department !== undefined && { department: d.department }),
      escalatedAt: d.escalatedAt,
      dueAt: d.dueAt,
      workingDaysAllowed: d.workingDaysAllowed,
    });
  },
  'disputes.DisputeResolved': ({ data }) => {
    const d = data as StoredResolved;
    return publicEvent(disputeResolvedV1, {
      disputeId: d.disputeId,
      communityId: d.communityId,
      outcome: d.outcome,
      level: d.level,
      resolvedAt: d.resolvedAt,
      workingDaysToResolve: d.workingDaysToResolve,
    });
  },
});
