import { deciderSpec } from '@linli/domain-kernel/testing';
import { assess, assessed, reportedBack } from '../test/members.js';
import { periodBounds } from './assessment.js';
import { memberDecider } from './member.js';
import { gradeForScore } from './member-codes.js';

const { given } = deciderSpec(memberDecider);

describe('assessing a member for a period', () => {
  it('records the assessment with its assessor', () => given(reportedBack()).when(assess()).then(assessed()));

  it('amends a period already assessed, keeping the previous score', () =>
    given(reportedBack(), assessed())
      .when(assess({ score: 85, grade: 'good', reason: 'patrol records were double-counted' }))
      .then({
        type: 'organizations.MemberPerformanceAssessmentAmended',
        data: { ...assessed().data, score: 85, grade: 'good', reason: 'patrol records were double-counted', previousScore: 92, previousGrade: 'excellent' },
      }));

  it('changes nothing when the same assessment is recorded again', () => given(reportedBack(), assessed()).when(assess()).thenNothingHappens());

  it('assesses different periods separately', () =>
    given(reportedBack(), assessed()).when(assess({ period: '2025' })).then(assessed({ period: '2025' })));

  it('refuses a grade that does not match the score', () => given(reportedBack()).when(assess({ score: 75, grade: 'good' })).thenRejects('GradeInconsistentWithScore'));

  it('refuses a score outside 0–100', () => given(reportedBack()).when(assess({ score: 101 })).thenRejects('InvalidNumber'));

  it('refuses an unknown period format', () => given(reportedBack()).when(assess({ period: '2025-Q5' })).thenRejects('InvalidPeriod'));

  it('refuses a period that has not started', () => given(reportedBack()).when(assess({ period: '2025-H2' })).thenRejects('PeriodNotStarted'));

  it('refuses a period that ended before the member reported back', () => given(reportedBack()).when(assess({ period: '2024-H1' })).thenRejects('PeriodBeforeMembership'));

  it('refuses self-assessment', () => given(reportedBack()).when(assess({}, 's-1')).thenRejects('SelfAssessment'));

  it('needs a reason', () => given(reportedBack()).when(assess({ reason: ' ' })).thenRejects('BlankText'));

  it('still assesses a member who left, for the time they served', () =>
    given(reportedBack(), { type: 'organizations.MemberLeft', data: { memberId: 'm-1', branchUnitId: 'branch-1', leftOn: '2025-04-01', reason: 'moved' } })
      .when(assess())
      .then(assessed()));
});

describe('grades and periods', () => {
  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89, 'good'],
    [80, 'good'],
    [79, 'fair'],
    [60, 'fair'],
    [59, 'poor'],
    [0, 'poor'],
  ])('a score of %i is %s', (score, grade) => expect(gradeForScore(score)).toBe(grade));

  it.each([
    ['2025', '2025-01-01', '2025-12-31'],
    ['2025-H1', '2025-01-01', '2025-06-30'],
    ['2025-H2', '2025-07-01', '2025-12-31'],
    ['2025-Q3', '2025-07-01', '2025-09-30'],
    ['2025-Q4', '2025-10-01', '2025-12-31'],
  ])('period %s runs from %s to %s', (period, start, end) => expect(periodBounds(period)).toEqual({ start, end }));

  it('knows no period `2025-06`', () => expect(periodBounds('2025-06')).toBeNull());
});
