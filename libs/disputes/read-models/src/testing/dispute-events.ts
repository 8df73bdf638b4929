import type { DisputeEvent } from '@linli/disputes-domain';

// A dispute's life in stored events, for read-model tests: square dancing below building 5,
// reported on Monday 22 September 2025, China time.

export const disputeId = '0199a0c0-0000-7000-8000-000000000001';
export const communityId = 'rc-qianyue-1';
const ids = { disputeId, communityId };
const at = (day: string, time = '09:00') => `2025-${day}T${time}:00+08:00`;

type Data<T extends DisputeEvent['type']> = Extract<DisputeEvent, { type: T }>['data'];
const event = <T extends DisputeEvent['type']>(type: T, data: Omit<Data<T>, 'disputeId' | 'communityId'>): DisputeEvent =>
  ({ type, data: { ...ids, ...data } }) as unknown as DisputeEvent;

export const reported = (o: Partial<Data<'disputes.DisputeReported'>> = {}) => event('disputes.DisputeReported', {
  category: 'square_dancing_noise', description: 'loudspeakers after 21:00 below building 5', urgency: 'normal', channel: 'resident',
  parties: [
    { subjectId: 'subj-li', role: 'reporter', name: 'Li Wei', phone: '13800000001', room: '5-302' },
    { subjectId: 'subj-dance', role: 'respondent', name: 'Zhang Min' },
  ],
  reportedAt: at('09-22'), ...o,
});
export const accepted = (o: Partial<Data<'disputes.DisputeAccepted'>> = {}) => event('disputes.DisputeAccepted', {
  category: 'square_dancing_noise', level: 1, acceptedAt: at('09-22', '10:00'), dueAt: '2025-09-25T23:59:59.999+08:00', workingDaysAllowed: 3, ...o,
});
export const mediatorAssigned = () => event('disputes.MediatorAssigned', { mediatorId: 'med-chen', level: 1, assignedAt: at('09-22', '11:00') });
export const sessionRecorded = () => event('disputes.MediationSessionRecorded', {
  level: 1, sessionDate: '2025-09-23', attendeeIds: ['subj-li', 'subj-dance', 'med-chen'], outcomeNotes: 'stop at 20:30', recordedAt: at('09-23', '18:00'),
});
export const becameOverdue = () => event('disputes.DisputeBecameOverdue', { level: 1, dueAt: '2025-09-25T23:59:59.999+08:00', detectedAt: at('09-26', '00:00') });
export const escalated = (o: Partial<Data<'disputes.DisputeEscalated'>> = {}) => event('disputes.DisputeEscalated', {
  fromLevel: 1, toLevel: 2, reason: 'overdue', automatic: true, escalatedAt: at('09-26', '00:00'), dueAt: '2025-10-10T23:59:59.999+08:00', workingDaysAllowed: 5, ...o,
});
export const resolved = () => event('disputes.DisputeResolved', {
  outcome: 'agreement_reached', agreementSummary: 'dancing ends at 20:30', level: 2, resolvedAt: at('09-29', '16:00'), workingDaysToResolve: 5,
});
export const rated = (subjectId = 'subj-li', score = 4) => event('disputes.SatisfactionRated', { subjectId, score, ratedAt: at('09-30') });
export const closed = () => event('disputes.DisputeClosed', { level: 2, closedAt: at('09-30', '12:00') });
export const reopened = () => event('disputes.DisputeReopened', {
  reason: 'the loudspeakers are back', level: 2, reopenCount: 1, reopenedAt: at('10-09'), dueAt: '2025-10-20T23:59:59.999+08:00', workingDaysAllowed: 5,
});
export const rejected = () => event('disputes.DisputeRejected', { reason: 'a private debt', rejectedAt: at('09-22', '10:00') });
export const withdrawn = () => event('disputes.DisputeWithdrawn', { reason: 'settled between neighbours', withdrawnAt: at('09-23') });
