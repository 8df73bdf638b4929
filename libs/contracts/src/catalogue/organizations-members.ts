import { byCommunity, byStream, v1On } from './channel.js';
import { codes, date, id, payload } from './schema-parts.js';
import { ORGANIZATIONS_TOPIC } from './topics.js';

// In-service party members who report back to the branch of their estate (在职党员回小区报到), and
// their assessments. Who they are (name, phone, workplace) stays private: a member is an id with a
// rank. A member's departure and assessments name the branch only (the private events carry no
// estate): consumers take the estate from the member's report-back or latest transfer.

const v1 = v1On({ topic: ORGANIZATIONS_TOPIC, source: '/linli/organizations' });

/** Cadre ranks: department level (处级), section level (科级), other. */
export const MEMBER_RANKS = ['department_level', 'section_level', 'other'] as const;
/** Assessment grades, best first (≥90 excellent, ≥80 good, ≥60 fair, else poor). */
export const ASSESSMENT_GRADES = ['excellent', 'good', 'fair', 'poor'] as const;
type Grade = (typeof ASSESSMENT_GRADES)[number];
/** An assessment period: `YYYY`, `YYYY-H1/H2` or `YYYY-Q1..Q4`. */
const assessmentPeriod = { type: 'string', pattern: '^[0-9]{4}(-(H[12]|Q[1-4]))?$' } as const;
const score = { type: 'integer', minimum: 0, maximum: 100 } as const;

export interface MemberReportedBackV1 {
  memberId: string;
  branchUnitId: string;
  communityId: string;
  rank: (typeof MEMBER_RANKS)[number];
  reportedOn: string;
}

/** A member reported back to the branch of the estate where they live. */
export const memberReportedBackV1 = v1<MemberReportedBackV1>({
  type: 'cn.linli.organizations.member-reported-back.v1',
  summary: 'An in-service party member reported back to the branch of their residential community.',
  schema: payload('MemberReportedBackV1', { memberId: id, branchUnitId: id, communityId: id, rank: codes(MEMBER_RANKS), reportedOn: date }),
  example: { memberId: 'm-0f3a', branchUnitId: 'unit-yg-0089', communityId: 'rc-qianyue-1', rank: 'department_level', reportedOn: '2025-03-15' },
  partitionKey: byCommunity,
});

export interface MemberTransferredV1 {
  memberId: string;
  /** The estate the member moved to (the key and subject); `fromCommunityId` is the one left. */
  communityId: string;
  branchUnitId: string;
  fromCommunityId: string;
  fromBranchUnitId: string;
  transferredOn: string;
}

/** A member moved to the branch of another estate. */
export const memberTransferredV1 = v1<MemberTransferredV1>({
  type: 'cn.linli.organizations.member-transferred.v1',
  summary: 'A reported-back member transferred to the branch of another residential community.',
  schema: payload('MemberTransferredV1', { memberId: id, communityId: id, branchUnitId: id, fromCommunityId: id, fromBranchUnitId: id, transferredOn: date }),
  example: { memberId: 'm-0f3a', communityId: 'rc-yingbin', branchUnitId: 'unit-yg-0090', fromCommunityId: 'rc-qianyue-1', fromBranchUnitId: 'unit-yg-0089', transferredOn: '2025-09-01' },
  partitionKey: byCommunity,
});

export interface MemberLeftV1 {
  memberId: string;
  branchUnitId: string;
  leftOn: string;
}

/** A member left the branch (the reason stays private). */
export const memberLeftV1 = v1<MemberLeftV1>({
  type: 'cn.linli.organizations.member-left.v1',
  summary: 'A reported-back member left the branch.',
  schema: payload('MemberLeftV1', { memberId: id, branchUnitId: id, leftOn: date }),
  example: { memberId: 'm-0f3a', branchUnitId: 'unit-yg-0090', leftOn: '2026-01-31' },
  partitionKey: byStream,
});

export interface MemberAssessedV1 {
  memberId: string;
  branchUnitId: string;
  period: string;
  score: number;
  grade: Grade;
}

/** A member's community performance for a period was assessed (the assessor and reason stay private). */
export const memberAssessedV1 = v1<MemberAssessedV1>({
  type: 'cn.linli.organizations.member-assessed.v1',
  summary: "A reported-back member's community performance was assessed for a period.",
  schema: payload('MemberAssessedV1', { memberId: id, branchUnitId: id, period: assessmentPeriod, score, grade: codes(ASSESSMENT_GRADES) }),
  example: { memberId: 'm-0f3a', branchUnitId: 'unit-yg-0089', period: '2025-H1', score: 92, grade: 'excellent' },
  partitionKey: byStream,
});

export interface MemberAssessmentAmendedV1 extends MemberAssessedV1 {
  previousScore: number;
  previousGrade: Grade;
}

/** The assessment of a period was recorded again: it replaces the previous one. */
export const memberAssessmentAmendedV1 = v1<MemberAssessmentAmendedV1>({
  type: 'cn.linli.organizations.member-assessment-amended.v1',
  summary: "A member's assessment for a period was amended; the new score replaces the previous one.",
  schema: payload('MemberAssessmentAmendedV1', {
    memberId: id,
    branchUnitId: id,
    period: assessmentPeriod,
    score,
    grade: codes(ASSESSMENT_GRADES),
    previousScore: score,
    previousGrade: codes(ASSESSMENT_GRADES),
  }),
  example: { memberId: 'm-0f3a', branchUnitId: 'unit-yg-0089', period: '2025-H1', score: 85, grade: 'good', previousScore: 92, previousGrade: 'excellent' },
  partitionKey: byStream,
});
