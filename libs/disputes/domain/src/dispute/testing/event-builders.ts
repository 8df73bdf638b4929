import type {
  DisputeAccepted, DisputeBecameOverdue, DisputeClosed, DisputeEscalated, DisputeRejected, DisputeReopened, DisputeReported,
  DisputeResolved, DisputeWithdrawn, HotlineTicketAnswered, MediationSessionRecorded, MediatorAssigned, SatisfactionRated,
} from '../events.js';
import { communityId, disputeId, endOf, neighbour, reporter, respondent, T } from './story.js';

function build<E extends { type: string; data: object }>(type: E['type'], defaults: E['data'], overrides: Partial<E['data']>): E {
  return { type, data: { ...defaults, ...overrides } } as unknown as E;
}
const ids = () => ({ disputeId, communityId });

export const reported = (o: Partial<DisputeReported['data']> = {}) =>
  build<DisputeReported>('disputes.DisputeReported', {
    ...ids(), category: 'square_dancing_noise', description: 'Square dancing with loudspeakers after 21:00 below building 5',
    urgency: 'normal', channel: 'resident', parties: [reporter, respondent, neighbour], reportedAt: T.reported,
  }, o);

/** Level 1 on Monday 22 Sep: three working days, due Thursday 25 Sep. */
export const accepted = (o: Partial<DisputeAccepted['data']> = {}) =>
  build<DisputeAccepted>('disputes.DisputeAccepted', {
    ...ids(), category: 'square_dancing_noise', level: 1, acceptedAt: T.accepted, dueAt: endOf('2025-09-25'), workingDaysAllowed: 3,
  }, o);

export const rejected = (o: Partial<DisputeRejected['data']> = {}) =>
  build<DisputeRejected>('disputes.DisputeRejected', { ...ids(), reason: 'a private debt, not a community matter', rejectedAt: T.accepted }, o);

export const mediatorAssigned = (o: Partial<MediatorAssigned['data']> = {}) =>
  build<MediatorAssigned>('disputes.MediatorAssigned', { ...ids(), mediatorId: 'med-chen', level: 1, assignedAt: T.accepted }, o);

export const sessionRecorded = (o: Partial<MediationSessionRecorded['data']> = {}) =>
  build<MediationSessionRecorded>('disputes.MediationSessionRecorded', {
    ...ids(), level: 1, sessionDate: '2025-09-23', attendeeIds: [reporter.subjectId, respondent.subjectId, 'med-chen'],
    outcomeNotes: 'dancers agree to stop at 20:30 and lower the volume', recordedAt: T.escalated,
  }, o);

/** Level 1 → 2 on Wednesday 24 Sep: five working days over Sunday 28 Sep (make-up day), due Tuesday 30 Sep. */
export const escalated = (o: Partial<DisputeEscalated['data']> = {}) =>
  build<DisputeEscalated>('disputes.DisputeEscalated', {
    ...ids(), fromLevel: 1, toLevel: 2, reason: 'the dance team ignored the owners committee', automatic: false,
    escalatedAt: T.escalated, dueAt: endOf('2025-09-30'), workingDaysAllowed: 5,
  }, o);

export const becameOverdue = (o: Partial<DisputeBecameOverdue['data']> = {}) =>
  build<DisputeBecameOverdue>('disputes.DisputeBecameOverdue', {
    ...ids(), level: 1, dueAt: endOf('2025-09-25'), detectedAt: '2025-09-26T00:00:00+08:00',
  }, o);

/** Resolved at level 1 on Friday 26 Sep, four working days after the Monday report. */
export const resolved = (o: Partial<DisputeResolved['data']> = {}) =>
  build<DisputeResolved>('disputes.DisputeResolved', {
    ...ids(), outcome: 'agreement_reached', agreementSummary: 'dancing ends at 20:30, speakers face away from building 5',
    level: 1, resolvedAt: T.resolved, workingDaysToResolve: 4,
  }, o);

/** The answer to the 12345 ticket that goes with `resolved()` of a dispute reported from the hotline. */
export const ticketAnswered = (o: Partial<HotlineTicketAnswered['data']> = {}) =>
  build<HotlineTicketAnswered>('disputes.HotlineTicketAnswered', {
    ...ids(), hotlineTicketId: '12345-2025-0926-0042', outcome: 'agreement_reached', resolvedAt: T.resolved, workingDaysToResolve: 4,
  }, o);

export const rated = (o: Partial<SatisfactionRated['data']> = {}) =>
  build<SatisfactionRated>('disputes.SatisfactionRated', { ...ids(), subjectId: reporter.subjectId, score: 4, ratedAt: '2025-09-30T10:00:00+08:00' }, o);

export const closed = (o: Partial<DisputeClosed['data']> = {}) =>
  build<DisputeClosed>('disputes.DisputeClosed', { ...ids(), level: 1, closedAt: T.closed }, o);

/** Back at level 1 on Thursday 9 Oct: three working days over Saturday 11 Oct (make-up day), due Monday 13 Oct. */
export const reopened = (o: Partial<DisputeReopened['data']> = {}) =>
  build<DisputeReopened>('disputes.DisputeReopened', {
    ...ids(), reason: 'the loudspeakers are back after the holiday', level: 1, reopenCount: 1, reopenedAt: T.reopened,
    dueAt: endOf('2025-10-13'), workingDaysAllowed: 3,
  }, o);

export const withdrawn = (o: Partial<DisputeWithdrawn['data']> = {}) =>
  build<DisputeWithdrawn>('disputes.DisputeWithdrawn', { ...ids(), withdrawnAt: T.accepted }, o);
