import { disputesCoverage, disputesGateway } from './disputes-gateway.js';
import { itCovers, itPublishes } from './testing/gateway-cases.js';
import { disputesCases } from './testing/disputes-cases.js';

// Mirrors the DisputeEvent union in libs/disputes/domain/src/dispute/events.ts: keep in step.
const DISPUTES_EVENT_TYPES = [
  'disputes.DisputeReported',
  'disputes.DisputeAccepted',
  'disputes.DisputeRejected',
  'disputes.MediatorAssigned',
  'disputes.MediationSessionRecorded',
  'disputes.DisputeEscalated',
  'disputes.DisputeBecameOverdue',
  'disputes.DisputeResolved',
  'disputes.HotlineTicketAnswered',
  'disputes.SatisfactionRated',
  'disputes.DisputeClosed',
  'disputes.DisputeReopened',
  'disputes.DisputeWithdrawn',
];

describe('the disputes gateway', () => {
  itPublishes(disputesGateway, disputesCases);
  itCovers(disputesCoverage, DISPUTES_EVENT_TYPES, disputesCases);
});
