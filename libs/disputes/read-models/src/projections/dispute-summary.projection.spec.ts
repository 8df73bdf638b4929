import { accepted, becameOverdue, closed, disputeId, escalated, mediatorAssigned, rated, rejected, reopened, reported, resolved, sessionRecorded, withdrawn } from '../testing/dispute-events.js';
import { project, projected, twice } from '../testing/projected.js';
import { disputeSummariesProjection as summaries } from './dispute-summary.projection.js';

const summaryAfter = (...events: Parameters<typeof projected>) => project(summaries, projected(...events))[disputeId];

describe('the dispute summary read model', () => {
  it('given a report, then a reported dispute with its parties by subject id and role only', () => {
    const doc = summaryAfter(reported());
    expect(doc).toMatchObject({
      disputeId, communityId: 'rc-qianyue-1', category: 'square_dancing_noise', status: 'reported', level: null,
      parties: [{ subjectId: 'subj-li', role: 'reporter' }, { subjectId: 'subj-dance', role: 'respondent' }],
      reportedAt: '2025-09-22T01:00:00.000Z', revision: 0,
    });
    expect(JSON.stringify(doc)).not.toMatch(/Li Wei|13800000001|5-302|Zhang Min/);
  });

  it('given an acceptance, then open at its level with the deadline in UTC', () =>
    expect(summaryAfter(reported(), accepted())).toMatchObject({ status: 'open', level: 1, dueAt: '2025-09-25T15:59:59.999Z', overdue: false, revision: 1 }));

  it('given a passed deadline, then overdue until the automatic escalation moves it to a new deadline', () => {
    expect(summaryAfter(reported(), accepted(), becameOverdue())).toMatchObject({ overdue: true, overdueCount: 1, level: 1 });
    expect(summaryAfter(reported(), accepted(), becameOverdue(), escalated())).toMatchObject({
      overdue: false, overdueCount: 1, escalationCount: 1, level: 2, dueAt: '2025-10-10T15:59:59.999Z',
    });
  });

  it('given mediation, resolution and two ratings, then resolved with the outcome and the satisfaction tally', () =>
    expect(summaryAfter(reported(), accepted(), mediatorAssigned(), sessionRecorded(), escalated(), resolved(), rated('subj-li', 4), rated('subj-dance', 2))).toMatchObject({
      status: 'resolved', mediatorId: 'med-chen', sessionCount: 1, outcome: 'agreement_reached', workingDaysToResolve: 5,
      resolvedAt: '2025-09-29T08:00:00.000Z', dueAt: null, satisfaction: { ratings: 2, total: 6 },
    }));

  it('given a closing then a reopening, then open again at the level it was resolved at', () => {
    expect(summaryAfter(reported(), accepted(), escalated(), resolved(), closed())).toMatchObject({ status: 'closed', closedAt: '2025-09-30T04:00:00.000Z' });
    expect(summaryAfter(reported(), accepted(), escalated(), resolved(), closed(), reopened())).toMatchObject({
      status: 'open', level: 2, reopenCount: 1, resolvedAt: null, closedAt: null, dueAt: '2025-10-20T15:59:59.999Z', revision: 5,
    });
  });

  it('given a rejection or a withdrawal, then ended with the time it ended', () => {
    expect(summaryAfter(reported(), rejected())).toMatchObject({ status: 'rejected', endedAt: '2025-09-22T02:00:00.000Z' });
    expect(summaryAfter(reported(), accepted(), withdrawn())).toMatchObject({ status: 'withdrawn', dueAt: null, endedAt: '2025-09-23T01:00:00.000Z' });
  });

  it('ignores events of other aggregates', () =>
    expect(summaries.keys({ eventId: 'x', type: 'organizations.PilotDesignated', data: { communityId: 'c' }, occurredAt: '', source: 'disputes', position: 1n })).toEqual([]));

  it('delivering every event twice gives the same document', () => {
    const story = projected(reported(), accepted(), mediatorAssigned(), becameOverdue(), escalated(), resolved(), rated(), closed(), reopened());
    expect(project(summaries, twice(story))).toEqual(project(summaries, story));
  });
});
