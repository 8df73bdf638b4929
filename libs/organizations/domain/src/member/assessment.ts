import { DomainRuleViolation } from '@linli/domain-kernel';
import { localDateOf, requireInteger, requireOneOf, requireText } from '../values.js';
import type { RecordPerformanceAssessment } from './member.commands.js';
import type { MemberPerformanceAssessed, MemberPerformanceAssessmentAmended } from './member.events.js';
import type { Member } from './member.js';
import { gradeForScore, grades } from './member-codes.js';
import { requireKnown } from './membership.js';

const periodPattern = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/;
const periodMonths: Readonly<Record<string, readonly [string, string]>> = {
  year: ['01-01', '12-31'],
  H1: ['01-01', '06-30'],
  H2: ['07-01', '12-31'],
  Q1: ['01-01', '03-31'],
  Q2: ['04-01', '06-30'],
  Q3: ['07-01', '09-30'],
  Q4: ['10-01', '12-31'],
};

/** The first and last day of an assessment period (`2025`, `2025-H1`, `2025-Q3`), or null when it is not one. */
export function periodBounds(period: string): { start: string; end: string } | null {
  const match = periodPattern.exec(period);
  if (!match) return null;
  const [start, end] = periodMonths[match[2] ?? 'year'] as readonly [string, string];
  return { start: `${match[1]}-${start}`, end: `${match[1]}-${end}` };
}

/**
 * Records a member's community performance for a period: one assessment per member and period, so a
 * second record amends the first (its reason says why). The grade must match the score's band.
 */
export function recordPerformanceAssessment(command: RecordPerformanceAssessment, state: Member): (MemberPerformanceAssessed | MemberPerformanceAssessmentAmended)[] {
  const member = requireKnown(state, command.data.memberId);
  const { period } = command.data;
  const bounds = periodBounds(period);
  if (bounds === null) throw new DomainRuleViolation('InvalidPeriod', `a period is YYYY, YYYY-H1/H2 or YYYY-Q1..Q4, got ${JSON.stringify(period)}`);
  if (bounds.start > localDateOf(command.metadata.now)) throw new DomainRuleViolation('PeriodNotStarted', `period ${period} starts on ${bounds.start}`);
  if (bounds.end < member.firstReportedOn) throw new DomainRuleViolation('PeriodBeforeMembership', `member ${member.memberId} reported back on ${member.firstReportedOn}`);
  const assessorId = command.metadata.actor.id;
  if (assessorId === member.subjectId) throw new DomainRuleViolation('SelfAssessment', 'a member cannot assess themselves');
  const score = requireInteger(command.data.score, 'score', 0, 100);
  const grade = requireOneOf(command.data.grade, grades, 'grade');
  if (grade !== gradeForScore(score)) throw new DomainRuleViolation('GradeInconsistentWithScore', `a score of ${score} is graded ${gradeForScore(score)}, not ${grade}`);
  const reason = requireText(command.data.reason, 'reason', 500);
  const data = { memberId: member.memberId, period, score, grade, reason, assessorId, branchUnitId: member.branchUnitId };
  const previous = member.assessments[period];
  if (previous === undefined) return [{ type: 'organizations.MemberPerformanceAssessed', data }];
  if (previous.score === score && previous.grade === grade && previous.reason === reason) return [];
  return [{ type: 'organizations.MemberPerformanceAssessmentAmended', data: { ...data, previousScore: previous.score, previousGrade: previous.grade } }];
}
