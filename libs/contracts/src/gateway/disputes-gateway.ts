import {
  disputeAcceptedV1,
  disputeBecameOverdueV1,
  disputeClosedV1,
  disputeEscalatedV1,
  disputeRejectedV1,
  disputeReopenedV1,
  disputeReportedV1,
  disputeResolvedV1,
  disputeWithdrawnV1,
  hotlineTicketResolvedV1,
  mediationSessionRecordedV1,
  mediatorAssignedV1,
  satisfactionRecordedV1,
} from '../catalogue/index.js';
import { gatewayFrom, publicEvent, type Gateway, type GatewayMappings } from './gateway.js';
import { coverageOf, from, instant } from './mapping.js';
import type * as Stored from './private/disputes-events.js';

// The disputes service's stored events → linli.disputes.v1. Copies public fields by name: parties
// are counted, attendees counted, descriptions, notes, agreements and reasons stay private, and a
// satisfaction score loses its (pseudonymous) subject. HotlineTicketAnswered (recorded beside each
// resolution of a dispute from the 12345 hotline) → hotline-ticket-resolved.v1 on the hotline's own
// topic, municipal.hotline.outcomes.v1.

const mappings: GatewayMappings = {
  'disputes.DisputeReported': from<Stored.StoredDisputeReported>((d) =>
    publicEvent(disputeReportedV1, {
      disputeId: d.disputeId,
      communityId: d.communityId,
      category: d.category,
      urgency: d.urgency,
      channel: d.channel,
      ...(d.hotlineTicketId !== undefined && { hotlineTicketId: d.hotlineTicketId }),
      partyCount: d.parties.length,
      reportedAt: instant(d.reportedAt),
    }),
  ),
  'disputes.DisputeAccepted': from<Stored.StoredDisputeAccepted>((d) =>
    publicEvent(disputeAcceptedV1, {
      disputeId: d.disputeId,
      communityId: d.communityId,
      category: d.category,
      level: d.level,
      ...(d.department !== undefined && { department: d.department }),
      acceptedAt: instant(d.acceptedAt),
      dueAt: instant(d.dueAt),
      workingDaysAllowed: d.workingDaysAllowed,
    }),
  ),
  'disputes.DisputeRejected': from<Stored.StoredDisputeRejected>((d) =>
    publicEvent(disputeRejectedV1, { disputeId: d.disputeId, communityId: d.communityId, rejectedAt: instant(d.rejectedAt) }),
  ),
  'disputes.MediatorAssigned': from<Stored.StoredMediatorAssigned>((d) =>
    publicEvent(mediatorAssignedV1, {
      disputeId: d.disputeId,
      communityId: d.communityId,
      mediatorId: d.mediatorId,
      ...(d.previousMediatorId !== undefined && { previousMediatorId: d.previousMediatorId }),
      level: d.level,
      assignedAt: instant(d.assignedAt),
    }),
  ),
  'disputes.MediationSessionRecorded': from<Stored.StoredMediationSessionRecorded>((d) =>
    publicEvent(mediationSessionRecordedV1, {
      disputeId: d.disputeId,
      communityId: d.communityId,
      level: d.level,
      sessionDate: d.sessionDate,
      attendeeCount: d.attendeeIds.length,
      ...(d.mediatorId !== undefined && { mediatorId: d.mediatorId }),
      recordedAt: instant(d.recordedAt),
    }),
  ),
  'disputes.DisputeEscalated': from<Stored.StoredDisputeEscalated>((d) =>
    publicEvent(disputeEscalatedV1, {
      disputeId: d.disputeId,
      communityId: d.communityId,
      fromLevel: d.fromLevel,
      toLevel: d.toLevel,
      automatic: d.automatic,
      ...(d.department !== undefined && { department: d.department }),
      escalatedAt: instant(d.escalatedAt),
      dueAt: instant(d.dueAt),
      workingDaysAllowed: d.workingDaysAllowed,
    }),
  ),
  'disputes.DisputeBecameOverdue': from<Stored.StoredDisputeBecameOverdue>((d) =>
    publicEvent(disputeBecameOverdueV1, { disputeId: d.disputeId, communityId: d.communityId, level: d.level, dueAt: instant(d.dueAt), detectedAt: instant(d.detectedAt) }),
  ),
  'disputes.DisputeResolved': from<Stored.StoredDisputeResolved>((d) =>
    publicEvent(disputeResolvedV1, {
      disputeId: d.disputeId,
      communityId: d.communityId,
      outcome: d.outcome,
      level: d.level,
      resolvedAt: instant(d.resolvedAt),
      workingDaysToResolve: d.workingDaysToResolve,
    }),
  ),
  'disputes.HotlineTicketAnswered': from<Stored.StoredHotlineTicketAnswered>((d) =>
    publicEvent(hotlineTicketResolvedV1, {
      ticketId: d.hotlineTicketId,
      disputeId: d.disputeId,
      communityId: d.communityId,
      outcome: d.outcome,
      resolvedAt: instant(d.resolvedAt),
      workingDaysToResolve: d.workingDaysToResolve,
    }),
  ),
  'disputes.SatisfactionRated': from<Stored.StoredSatisfactionRated>((d) =>
    publicEvent(satisfactionRecordedV1, { disputeId: d.disputeId, communityId: d.communityId, score: d.score, ratedAt: instant(d.ratedAt) }),
  ),
  'disputes.DisputeClosed': from<Stored.StoredDisputeClosed>((d) =>
    publicEvent(disputeClosedV1, { disputeId: d.disputeId, communityId: d.communityId, level: d.level, closedAt: instant(d.closedAt) }),
  ),
  'disputes.DisputeReopened': from<Stored.StoredDisputeReopened>((d) =>
    publicEvent(disputeReopenedV1, {
      disputeId: d.disputeId,
      communityId: d.communityId,
      level: d.level,
      reopenCount: d.reopenCount,
      reopenedAt: instant(d.reopenedAt),
      dueAt: instant(d.dueAt),
      workingDaysAllowed: d.workingDaysAllowed,
    }),
  ),
  'disputes.DisputeWithdrawn': from<Stored.StoredDisputeWithdrawn>((d) =>
    publicEvent(disputeWithdrawnV1, { disputeId: d.disputeId, communityId: d.communityId, withdrawnAt: instant(d.withdrawnAt) }),
  ),
};

/** Maps the disputes service's stored events to their public contracts. */
export const disputesGateway: Gateway = gatewayFrom(mappings);

/** What the disputes gateway publishes (every stored type), and what it keeps private. */
export const disputesCoverage = coverageOf(mappings, {});

/** @deprecated The example gateway is retired: use `disputesGateway` (this alias stays until libs/messaging's relay test switches). */
export const exampleDisputesGateway: Gateway = disputesGateway;
