import type { DomainEvent } from '@linli/domain-kernel';
import type {
  CountyDepartment,
  DisputeCategory,
  EscalationLevel,
  Party,
  ReportingChannel,
  ResolutionOutcome,
  Urgency,
} from '../vocabulary.js';

// Stored event types of the Dispute aggregate. Every event names the dispute and its community;
// times are the business times of the commands (ISO-8601); the actor travels in the metadata.

/** Personal data of the parties lives here only (see personal-data.ts). */
export type DisputeReported = DomainEvent<'disputes.DisputeReported', {
  disputeId: string; communityId: string; category: DisputeCategory; description: string; urgency: Urgency;
  channel: ReportingChannel; hotlineTicketId?: string; parties: Party[]; reportedAt: string;
}>;

/** Accepted, categorised and placed on the ladder; the level's deadline starts. */
export type DisputeAccepted = DomainEvent<'disputes.DisputeAccepted', {
  disputeId: string; communityId: string; category: DisputeCategory; level: EscalationLevel;
  department?: CountyDepartment; acceptedAt: string; dueAt: string; workingDaysAllowed: number;
}>;

export type DisputeRejected = DomainEvent<'disputes.DisputeRejected', {
  disputeId: string; communityId: string; reason: string; rejectedAt: string;
}>;

export type MediatorAssigned = DomainEvent<'disputes.MediatorAssigned', {
  disputeId: string; communityId: string; mediatorId: string; previousMediatorId?: string;
  level: EscalationLevel; assignedAt: string;
}>;

export type MediationSessionRecorded = DomainEvent<'disputes.MediationSessionRecorded', {
  disputeId: string; communityId: string; level: EscalationLevel; sessionDate: string;
  attendeeIds: string[]; outcomeNotes: string; mediatorId?: string; recordedAt: string;
}>;

/** One level up, by hand with a reason or automatically (`automatic`, reason 'overdue'); a new deadline starts. */
export type DisputeEscalated = DomainEvent<'disputes.DisputeEscalated', {
  disputeId: string; communityId: string; fromLevel: EscalationLevel; toLevel: EscalationLevel; reason: string;
  automatic: boolean; department?: CountyDepartment; escalatedAt: string; dueAt: string; workingDaysAllowed: number;
}>;

/** Supervision: the deadline of a level passed while the dispute was open (at most once per level entered). */
export type DisputeBecameOverdue = DomainEvent<'disputes.DisputeBecameOverdue', {
  disputeId: string; communityId: string; level: EscalationLevel; dueAt: string; detectedAt: string;
}>;

/** `workingDaysToResolve` counts from the report, or from the latest reopening. */
export type DisputeResolved = DomainEvent<'disputes.DisputeResolved', {
  disputeId: string; communityId: string; outcome: ResolutionOutcome; agreementSummary: string;
  level: EscalationLevel; resolvedAt: string; workingDaysToResolve: number;
}>;

/** A party's satisfaction (1–5) with the latest resolution; `subjectId` is pseudonymous. */
export type SatisfactionRated = DomainEvent<'disputes.SatisfactionRated', {
  disputeId: string; communityId: string; subjectId: string; score: number; ratedAt: string;
}>;

export type DisputeClosed = DomainEvent<'disputes.DisputeClosed', {
  disputeId: string; communityId: string; level: EscalationLevel; closedAt: string;
}>;

/** The matter recurred: open again at the level it was resolved at, with a new deadline. */
export type DisputeReopened = DomainEvent<'disputes.DisputeReopened', {
  disputeId: string; communityId: string; reason: string; level: EscalationLevel; reopenCount: number;
  reopenedAt: string; dueAt: string; workingDaysAllowed: number;
}>;

/**
 * The answer owed to the 12345 hotline: recorded with each resolution of a dispute that came from a
 * hotline ticket (a reopened ticket is answered again when resolved again). No personal data.
 */
export type HotlineTicketAnswered = DomainEvent<'disputes.HotlineTicketAnswered', {
  disputeId: string; communityId: string; hotlineTicketId: string; outcome: ResolutionOutcome;
  resolvedAt: string; workingDaysToResolve: number;
}>;

export type DisputeWithdrawn = DomainEvent<'disputes.DisputeWithdrawn', {
  disputeId: string; communityId: string; reason?: string; withdrawnAt: string;
}>;

export type DisputeEvent =
  | DisputeReported
  | DisputeAccepted
  | DisputeRejected
  | MediatorAssigned
  | MediationSessionRecorded
  | DisputeEscalated
  | DisputeBecameOverdue
  | DisputeResolved
  | HotlineTicketAnswered
  | SatisfactionRated
  | DisputeClosed
  | DisputeReopened
  | DisputeWithdrawn;

export type DisputeEventType = DisputeEvent['type'];
