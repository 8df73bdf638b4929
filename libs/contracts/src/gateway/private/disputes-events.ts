// The stored data of the disputes context's events, mirrored from
// libs/disputes/domain/src/dispute/events.ts (and the Party of vocabulary.ts). Contracts may not
// import a domain lib, so keep these in step with that file: the gateway reads them, its tests
// build fixtures from them. Personal data and free text are marked; the gateway never copies them.
// The domain lib's gateway-mirror.ts fails the typecheck when its stored data drifts from this mirror.
import type { COUNTY_DEPARTMENTS, DISPUTE_CATEGORIES, RESOLUTION_OUTCOMES } from '../../catalogue/index.js';

type Category = (typeof DISPUTE_CATEGORIES)[number];
type Department = (typeof COUNTY_DEPARTMENTS)[number];
type Level = 0 | 1 | 2 | 3 | 4;

/** Personal data (PIPL): name, phone, room; the subject id is pseudonymous. */
export interface StoredParty {
  subjectId: string;
  role: 'reporter' | 'respondent' | 'affected';
  name: string;
  phone?: string;
  room?: string;
}

export interface StoredDisputeReported {
  disputeId: string;
  communityId: string;
  category: Category;
  /** free text */
  description: string;
  urgency: 'normal' | 'urgent';
  channel: 'resident' | 'reception_day' | 'grid_worker' | 'hotline_12345';
  hotlineTicketId?: string;
  parties: StoredParty[];
  reportedAt: string;
}
export interface StoredDisputeAccepted {
  disputeId: string;
  communityId: string;
  category: Category;
  level: Level;
  department?: Department;
  acceptedAt: string;
  dueAt: string;
  workingDaysAllowed: number;
}
export interface StoredDisputeRejected {
  disputeId: string;
  communityId: string;
  /** free text */
  reason: string;
  rejectedAt: string;
}
export interface StoredMediatorAssigned {
  disputeId: string;
  communityId: string;
  mediatorId: string;
  previousMediatorId?: string;
  level: Level;
  assignedAt: string;
}
export interface StoredMediationSessionRecorded {
  disputeId: string;
  communityId: string;
  level: Level;
  sessionDate: string;
  /** pseudonymous subject ids */
  attendeeIds: string[];
  /** free text */
  outcomeNotes: string;
  mediatorId?: string;
  recordedAt: string;
}
export interface StoredDisputeEscalated {
  disputeId: string;
  communityId: string;
  fromLevel: Level;
  toLevel: Level;
  /** free text ('overdue' when automatic) */
  reason: string;
  automatic: boolean;
  department?: Department;
  escalatedAt: string;
  dueAt: string;
  workingDaysAllowed: number;
}
export interface StoredDisputeBecameOverdue {
  disputeId: string;
  communityId: string;
  level: Level;
  dueAt: string;
  detectedAt: string;
}
export interface StoredDisputeResolved {
  disputeId: string;
  communityId: string;
  outcome: (typeof RESOLUTION_OUTCOMES)[number];
  /** free text */
  agreementSummary: string;
  level: Level;
  resolvedAt: string;
  workingDaysToResolve: number;
}
export interface StoredHotlineTicketAnswered {
  disputeId: string;
  communityId: string;
  hotlineTicketId: string;
  outcome: (typeof RESOLUTION_OUTCOMES)[number];
  resolvedAt: string;
  workingDaysToResolve: number;
}
export interface StoredSatisfactionRated {
  disputeId: string;
  communityId: string;
  /** pseudonymous subject id */
  subjectId: string;
  score: number;
  ratedAt: string;
}
export interface StoredDisputeClosed {
  disputeId: string;
  communityId: string;
  level: Level;
  closedAt: string;
}
export interface StoredDisputeReopened {
  disputeId: string;
  communityId: string;
  /** free text */
  reason: string;
  level: Level;
  reopenCount: number;
  reopenedAt: string;
  dueAt: string;
  workingDaysAllowed: number;
}
export interface StoredDisputeWithdrawn {
  disputeId: string;
  communityId: string;
  /** free text */
  reason?: string;
  withdrawnAt: string;
}

/**
 * The data the gateway reads, per stored type it maps. The disputes domain lib checks at compile time
 * that the data it stores still has all of it (libs/disputes/domain/src/gateway-mirror.ts).
 */
export interface DisputesStoredEvents {
  'disputes.DisputeReported': StoredDisputeReported;
  'disputes.DisputeAccepted': StoredDisputeAccepted;
  'disputes.DisputeRejected': StoredDisputeRejected;
  'disputes.MediatorAssigned': StoredMediatorAssigned;
  'disputes.MediationSessionRecorded': StoredMediationSessionRecorded;
  'disputes.DisputeEscalated': StoredDisputeEscalated;
  'disputes.DisputeBecameOverdue': StoredDisputeBecameOverdue;
  'disputes.DisputeResolved': StoredDisputeResolved;
  'disputes.HotlineTicketAnswered': StoredHotlineTicketAnswered;
  'disputes.SatisfactionRated': StoredSatisfactionRated;
  'disputes.DisputeClosed': StoredDisputeClosed;
  'disputes.DisputeReopened': StoredDisputeReopened;
  'disputes.DisputeWithdrawn': StoredDisputeWithdrawn;
}
