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
} from '../../catalogue/index.js';
import type * as Stored from '../private/disputes-events.js';
import { storedEvent, type GatewayCase } from './gateway-cases.js';

// Stored disputes events written field for field after libs/disputes/domain/src/dispute/events.ts
// (and its testing/event-builders.ts story, in China time), with the personal data and free text
// that must never leave.

const ids = { disputeId: 'dsp-0001', communityId: 'cmty-qianyue-1' };
const stream = 'disputes.Dispute-dsp-0001';
const reporter: Stored.StoredParty = { subjectId: 'subj-wang', role: 'reporter', name: '王芳', phone: '13800000001', room: '5-2-601' };
const respondent: Stored.StoredParty = { subjectId: 'subj-li', role: 'respondent', name: '李强', phone: '13900000002' };
const neighbour: Stored.StoredParty = { subjectId: 'subj-zhao', role: 'affected', name: '赵敏', room: '5-1-302' };
const parties = [reporter, respondent, neighbour];
const partyData = parties.flatMap((p) => [p.subjectId, p.name, p.phone, p.room].filter((v): v is string => v !== undefined));

export const disputesCases: GatewayCase[] = [
  {
    stored: storedEvent(stream, 'disputes.DisputeReported', {
      ...ids, category: 'square_dancing_noise', description: 'Square dancing with loudspeakers after 21:00 below building 5', urgency: 'normal',
      channel: 'resident', parties, reportedAt: '2025-09-22T09:00:00+08:00',
    } satisfies Stored.StoredDisputeReported),
    contract: disputeReportedV1,
    data: { ...ids, category: 'square_dancing_noise', urgency: 'normal', channel: 'resident', partyCount: 3, reportedAt: '2025-09-22T09:00:00+08:00' },
    personal: [...partyData, 'loudspeakers'],
  },
  {
    stored: storedEvent(stream, 'disputes.DisputeReported', {
      ...ids, category: 'parking', description: 'Mr Wang parks across the fire lane every night', urgency: 'urgent', channel: 'hotline_12345',
      hotlineTicketId: 'T20250922-0042', parties: [reporter], reportedAt: '2025-09-22T09:00:00+08:00',
    } satisfies Stored.StoredDisputeReported),
    contract: disputeReportedV1,
    data: { ...ids, category: 'parking', urgency: 'urgent', channel: 'hotline_12345', hotlineTicketId: 'T20250922-0042', partyCount: 1, reportedAt: '2025-09-22T09:00:00+08:00' },
    personal: [reporter.name, reporter.subjectId, '13800000001', '5-2-601', 'fire lane'],
  },
  {
    stored: storedEvent(stream, 'disputes.DisputeAccepted', {
      ...ids, category: 'square_dancing_noise', level: 1, acceptedAt: '2025-09-22T10:00:00+08:00', dueAt: '2025-09-25T23:59:59.999+08:00', workingDaysAllowed: 3,
    } satisfies Stored.StoredDisputeAccepted),
    contract: disputeAcceptedV1,
    data: { ...ids, category: 'square_dancing_noise', level: 1, acceptedAt: '2025-09-22T10:00:00+08:00', dueAt: '2025-09-25T23:59:59.999+08:00', workingDaysAllowed: 3 },
    personal: [],
  },
  {
    stored: storedEvent(stream, 'disputes.DisputeRejected', { ...ids, reason: 'a private debt between Wang and Li, not a community matter', rejectedAt: '2025-09-22T10:00:00+08:00' } satisfies Stored.StoredDisputeRejected),
    contract: disputeRejectedV1,
    data: { ...ids, rejectedAt: '2025-09-22T10:00:00+08:00' },
    personal: ['private debt', 'Wang and Li'],
  },
  {
    stored: storedEvent(stream, 'disputes.MediatorAssigned', { ...ids, mediatorId: 'med-zhou', previousMediatorId: 'med-chen', level: 1, assignedAt: '2025-09-22T10:00:00+08:00' } satisfies Stored.StoredMediatorAssigned),
    contract: mediatorAssignedV1,
    data: { ...ids, mediatorId: 'med-zhou', previousMediatorId: 'med-chen', level: 1, assignedAt: '2025-09-22T10:00:00+08:00' },
    personal: [],
  },
  {
    stored: storedEvent(stream, 'disputes.MediationSessionRecorded', {
      ...ids, level: 1, sessionDate: '2025-09-23', attendeeIds: ['subj-wang', 'subj-li', 'med-chen'], outcomeNotes: 'dancers agree to stop at 20:30 and lower the volume',
      mediatorId: 'med-chen', recordedAt: '2025-09-24T10:00:00+08:00',
    } satisfies Stored.StoredMediationSessionRecorded),
    contract: mediationSessionRecordedV1,
    data: { ...ids, level: 1, sessionDate: '2025-09-23', attendeeCount: 3, mediatorId: 'med-chen', recordedAt: '2025-09-24T10:00:00+08:00' },
    personal: ['subj-wang', 'subj-li', 'lower the volume'],
  },
  {
    stored: storedEvent(stream, 'disputes.DisputeEscalated', {
      ...ids, fromLevel: 3, toLevel: 4, reason: 'the training class ignored the community committee', automatic: false, department: 'fire_safety',
      escalatedAt: '2025-09-24T10:00:00+08:00', dueAt: '2025-09-30T23:59:59.999+08:00', workingDaysAllowed: 5,
    } satisfies Stored.StoredDisputeEscalated),
    contract: disputeEscalatedV1,
    data: { ...ids, fromLevel: 3, toLevel: 4, automatic: false, department: 'fire_safety', escalatedAt: '2025-09-24T10:00:00+08:00', dueAt: '2025-09-30T23:59:59.999+08:00', workingDaysAllowed: 5 },
    personal: ['ignored the community committee'],
  },
  {
    stored: storedEvent(stream, 'disputes.DisputeBecameOverdue', { ...ids, level: 1, dueAt: '2025-09-25T23:59:59.999+08:00', detectedAt: '2025-09-26T00:00:00+08:00' } satisfies Stored.StoredDisputeBecameOverdue),
    contract: disputeBecameOverdueV1,
    data: { ...ids, level: 1, dueAt: '2025-09-25T23:59:59.999+08:00', detectedAt: '2025-09-26T00:00:00+08:00' },
    personal: [],
  },
  {
    stored: storedEvent(stream, 'disputes.DisputeResolved', {
      ...ids, outcome: 'agreement_reached', agreementSummary: 'dancing ends at 20:30, speakers face away from building 5', level: 1,
      resolvedAt: '2025-09-26T16:00:00+08:00', workingDaysToResolve: 4,
    } satisfies Stored.StoredDisputeResolved),
    contract: disputeResolvedV1,
    data: { ...ids, outcome: 'agreement_reached', level: 1, resolvedAt: '2025-09-26T16:00:00+08:00', workingDaysToResolve: 4 },
    personal: ['speakers face away'],
  },
  {
    stored: storedEvent(stream, 'disputes.HotlineTicketAnswered', {
      ...ids, hotlineTicketId: 'T20250922-0042', outcome: 'rectified', resolvedAt: '2025-09-26T16:00:00+08:00', workingDaysToResolve: 4,
    } satisfies Stored.StoredHotlineTicketAnswered),
    contract: hotlineTicketResolvedV1,
    data: { ticketId: 'T20250922-0042', ...ids, outcome: 'rectified', resolvedAt: '2025-09-26T16:00:00+08:00', workingDaysToResolve: 4 },
    personal: [],
  },
  {
    stored: storedEvent(stream, 'disputes.SatisfactionRated', { ...ids, subjectId: 'subj-wang', score: 4, ratedAt: '2025-09-30T10:00:00+08:00' } satisfies Stored.StoredSatisfactionRated),
    contract: satisfactionRecordedV1,
    data: { ...ids, score: 4, ratedAt: '2025-09-30T10:00:00+08:00' },
    personal: ['subj-wang'],
  },
  {
    stored: storedEvent(stream, 'disputes.DisputeClosed', { ...ids, level: 1, closedAt: '2025-09-29T10:00:00+08:00' } satisfies Stored.StoredDisputeClosed),
    contract: disputeClosedV1,
    data: { ...ids, level: 1, closedAt: '2025-09-29T10:00:00+08:00' },
    personal: [],
  },
  {
    stored: storedEvent(stream, 'disputes.DisputeReopened', {
      ...ids, reason: 'the loudspeakers are back after the holiday', level: 1, reopenCount: 1, reopenedAt: '2025-10-09T09:00:00+08:00',
      dueAt: '2025-10-13T23:59:59.999+08:00', workingDaysAllowed: 3,
    } satisfies Stored.StoredDisputeReopened),
    contract: disputeReopenedV1,
    data: { ...ids, level: 1, reopenCount: 1, reopenedAt: '2025-10-09T09:00:00+08:00', dueAt: '2025-10-13T23:59:59.999+08:00', workingDaysAllowed: 3 },
    personal: ['back after the holiday'],
  },
  {
    stored: storedEvent(stream, 'disputes.DisputeWithdrawn', { ...ids, reason: 'we settled it over tea with Mr Li', withdrawnAt: '2025-09-22T11:00:00+08:00' } satisfies Stored.StoredDisputeWithdrawn),
    contract: disputeWithdrawnV1,
    data: { ...ids, withdrawnAt: '2025-09-22T11:00:00+08:00' },
    personal: ['over tea', 'Mr Li'],
  },
  {
    // Business time written without seconds, as the store accepts it: published as the same instant in RFC 3339.
    stored: storedEvent(stream, 'disputes.DisputeWithdrawn', { ...ids, withdrawnAt: '2025-09-22T11:00+08:00' } satisfies Stored.StoredDisputeWithdrawn),
    contract: disputeWithdrawnV1,
    data: { ...ids, withdrawnAt: '2025-09-22T03:00:00.000Z' },
    personal: [],
  },
];
