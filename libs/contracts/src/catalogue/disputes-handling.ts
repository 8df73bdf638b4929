import { byCommunity, v1On } from './channel.js';
import { boolean, codes, count, COUNTY_DEPARTMENTS, date, dateTime, id, level, payload } from './schema-parts.js';
import { DISPUTES_TOPIC } from './topics.js';

// A dispute being handled on the ladder: mediation, escalation, deadlines. Reasons and session
// notes are free text and stay private; attendees are counted, mediators named by id only.

const v1 = v1On({ topic: DISPUTES_TOPIC, source: '/linli/disputes' });
type Department = (typeof COUNTY_DEPARTMENTS)[number];

export interface MediatorAssignedV1 {
  disputeId: string;
  communityId: string;
  mediatorId: string;
  previousMediatorId?: string;
  level: number;
  assignedAt: string;
}

/** A mediator (by staff id) took charge of an open dispute, possibly replacing another. */
export const mediatorAssignedV1 = v1<MediatorAssignedV1>({
  type: 'cn.linli.disputes.mediator-assigned.v1',
  summary: 'A mediator was assigned to an open dispute.',
  schema: payload('MediatorAssignedV1', { disputeId: id, communityId: id, mediatorId: id, previousMediatorId: id, level, assignedAt: dateTime }, ['previousMediatorId']),
  example: { disputeId: 'd-5f1c', communityId: 'rc-qianyue-1', mediatorId: 'staff-med-07', level: 1, assignedAt: '2025-11-30T09:30:00.000Z' },
  partitionKey: byCommunity,
});

export interface MediationSessionRecordedV1 {
  disputeId: string;
  communityId: string;
  level: number;
  sessionDate: string;
  attendeeCount: number;
  mediatorId?: string;
  recordedAt: string;
}

/** A mediation session took place (who attended is counted; the notes stay private). */
export const mediationSessionRecordedV1 = v1<MediationSessionRecordedV1>({
  type: 'cn.linli.disputes.mediation-session-recorded.v1',
  summary: 'A mediation session of an open dispute was recorded.',
  schema: payload(
    'MediationSessionRecordedV1',
    { disputeId: id, communityId: id, level, sessionDate: date, attendeeCount: { type: 'integer', minimum: 1 }, mediatorId: id, recordedAt: dateTime },
    ['mediatorId'],
  ),
  example: { disputeId: 'd-5f1c', communityId: 'rc-qianyue-1', level: 1, sessionDate: '2025-12-01', attendeeCount: 3, mediatorId: 'staff-med-07', recordedAt: '2025-12-01T18:00:00.000Z' },
  partitionKey: byCommunity,
});

export interface DisputeEscalatedV1 {
  disputeId: string;
  communityId: string;
  fromLevel: number;
  toLevel: number;
  automatic: boolean;
  department?: Department;
  escalatedAt: string;
  dueAt: string;
  workingDaysAllowed: number;
}

/** A dispute went one level up, by hand or because it was overdue (`automatic`). */
export const disputeEscalatedV1 = v1<DisputeEscalatedV1>({
  type: 'cn.linli.disputes.dispute-escalated.v1',
  summary: 'A dispute was escalated one level up the ladder.',
  schema: payload(
    'DisputeEscalatedV1',
    { disputeId: id, communityId: id, fromLevel: level, toLevel: level, automatic: boolean, department: codes(COUNTY_DEPARTMENTS), escalatedAt: dateTime, dueAt: dateTime, workingDaysAllowed: count },
    ['department'],
  ),
  example: { disputeId: 'd-5f1c', communityId: 'rc-qianyue-1', fromLevel: 1, toLevel: 2, automatic: false, escalatedAt: '2025-12-03T10:00:00.000Z', dueAt: '2025-12-10T10:00:00.000Z', workingDaysAllowed: 5 },
  partitionKey: byCommunity,
});

export interface DisputeBecameOverdueV1 {
  disputeId: string;
  communityId: string;
  level: number;
  dueAt: string;
  detectedAt: string;
}

/** The deadline of a level passed while the dispute was open. */
export const disputeBecameOverdueV1 = v1<DisputeBecameOverdueV1>({
  type: 'cn.linli.disputes.dispute-became-overdue.v1',
  summary: 'The time limit of the current level passed while the dispute was open.',
  schema: payload('DisputeBecameOverdueV1', { disputeId: id, communityId: id, level, dueAt: dateTime, detectedAt: dateTime }),
  example: { disputeId: 'd-5f1c', communityId: 'rc-qianyue-1', level: 2, dueAt: '2025-12-10T10:00:00.000Z', detectedAt: '2025-12-10T10:05:00.000Z' },
  partitionKey: byCommunity,
});
