import { deciderSpec } from '@linli/domain-kernel/testing';
import { disputeDecider } from '../dispute.js';
import { accepted, closed, neighbour, outsider, rate, rated, reopened, reported, reporter, resolved, respondent } from '../testing/fixtures.js';

const { given } = deciderSpec(disputeDecider);
const settled = [reported(), accepted(), resolved()] as const; // resolved on Friday 26 Sep at 16:00

describe('a resolved dispute', () => {
  it('is rated by its reporter', () => given(...settled).when(rate()).then(rated()));

  it('is rated by every other party, each once', () => {
    given(...settled, rated()).when(rate({ subjectId: respondent.subjectId, score: 2 })).then(rated({ subjectId: respondent.subjectId, score: 2 }));
    given(...settled, rated()).when(rate({ subjectId: neighbour.subjectId, score: 5 })).then(rated({ subjectId: neighbour.subjectId, score: 5 }));
  });

  it('is not rated twice by the same party', () => given(...settled, rated()).when(rate({ score: 1 })).thenRejects('SatisfactionAlreadyGiven'));

  it('is not rated by someone who is not a party', () => given(...settled).when(rate({ subjectId: outsider })).thenRejects('NotAPartyToTheDispute'));

  it.each([0, 6, 3.5])('is not given a score of %s', (score) => given(...settled).when(rate({ score })).thenRejects('InvalidSatisfactionScore'));

  it('is rated until fifteen days after its resolution, and not a second later', () => {
    given(...settled).when(rate({ now: '2025-10-11T16:00:00+08:00' })).then(rated({ ratedAt: '2025-10-11T16:00:00+08:00' }));
    given(...settled).when(rate({ now: '2025-10-11T16:00:01+08:00' })).thenRejects('SatisfactionWindowClosed');
  });

  it('follows a configured window', () => {
    given(...settled).when(rate({ windowDays: 7, now: '2025-10-04T09:00:00+08:00' })).thenRejects('SatisfactionWindowClosed');
    given(...settled).when(rate({ windowDays: 30, now: '2025-10-20T09:00:00+08:00' })).then(rated({ ratedAt: '2025-10-20T09:00:00+08:00' }));
  });

  it('refuses a window that is not a whole number of days', () => given(...settled).when(rate({ windowDays: 0 })).thenRejects('InvalidWindow'));
});

describe('a closed dispute', () => {
  it('is still rated within the window after its resolution', () => given(...settled, closed()).when(rate()).then(rated()));

  it('is not rated twice after closing', () => given(...settled, rated(), closed()).when(rate()).thenRejects('SatisfactionAlreadyGiven'));
});

describe('a reopened dispute', () => {
  const again = [...settled, rated(), closed(), reopened()] as const;

  it('is not rated while it is being handled again', () => given(...again).when(rate()).thenRejects('DisputeNotResolved'));

  it('is rated afresh once resolved again', () => {
    const resolvedAgain = resolved({ resolvedAt: '2025-10-13T10:00:00+08:00', workingDaysToResolve: 3 });
    given(...again, resolvedAgain)
      .when(rate({ subjectId: reporter.subjectId, score: 5, now: '2025-10-14T10:00:00+08:00' }))
      .then(rated({ score: 5, ratedAt: '2025-10-14T10:00:00+08:00' }));
  });
});

describe('an open dispute', () => {
  it('is not rated before resolution', () => given(reported(), accepted()).when(rate()).thenRejects('DisputeNotResolved'));
});
