import { fold } from '@linli/domain-kernel';
import { disputeDecider, streamName } from '../dispute.js';
import {
  accepted, becameOverdue, closed, endOf, escalated, mediatorAssigned, neighbour, rated, reopened, reported, reporter, resolved,
  respondent, T,
} from '../testing/fixtures.js';

describe('the Dispute aggregate', () => {
  it('keeps each dispute in its own stream', () => expect(streamName('dsp-0001')).toBe('disputes.Dispute-dsp-0001'));

  it('folds a history into the state it decides on, without personal data', () =>
    expect(fold(disputeDecider, [reported(), accepted(), mediatorAssigned(), becameOverdue(), escalated(), resolved({ level: 2 }), rated(), closed({ level: 2 })])).toEqual({
      status: 'closed',
      disputeId: 'dsp-0001',
      communityId: 'cmty-qianyue-1',
      category: 'square_dancing_noise',
      urgency: 'normal',
      reporterSubjectId: reporter.subjectId,
      partySubjectIds: [reporter.subjectId, respondent.subjectId, neighbour.subjectId],
      reopenCount: 0,
      level: 2,
      mediatorId: 'med-chen',
      resolvedAt: T.resolved,
      closedAt: T.closed,
      ratedSubjectIds: [reporter.subjectId],
    }));

  it('reopens a dispute with a fresh deadline, a clean overdue flag and its count', () =>
    expect(fold(disputeDecider, [reported(), accepted(), becameOverdue(), resolved(), closed(), reopened()])).toMatchObject({
      status: 'open', level: 1, openedAt: T.reopened, dueAt: endOf('2025-10-13'), overdue: false, reopenCount: 1,
    }));

  it('refuses to fold an event that cannot follow the state, as a corrupted stream would have it', () =>
    expect(() => fold(disputeDecider, [reported(), resolved()])).toThrow('disputes.DisputeResolved cannot apply to a dispute that is reported'));
});
