import { deciderSpec } from '@linli/domain-kernel/testing';
import { disputeDecider } from '../dispute.js';
import { accepted, closed, endOf, escalated, reopen, reopened, reported, resolved, T } from '../testing/fixtures.js';

const { given } = deciderSpec(disputeDecider);
const open = [reported(), accepted()] as const;
const history = [...open, resolved(), closed()] as const; // closed on Monday 29 Sep at 10:00

describe('a closed dispute', () => {
  it('reopens when the matter recurs, at its level, with a new deadline over the Saturday make-up day', () =>
    given(...history).when(reopen()).then(reopened()));

  it('reopens at the level it was resolved at', () =>
    given(...open, escalated(), resolved({ level: 2 }), closed({ level: 2 }))
      .when(reopen())
      .then(reopened({ level: 2, dueAt: endOf('2025-10-15'), workingDaysAllowed: 5 })));

  it('counts how many times it was reopened', () =>
    given(...history, reopened(), resolved({ resolvedAt: '2025-10-10T10:00:00+08:00' }), closed({ closedAt: '2025-10-10T11:00:00+08:00' }))
      .when(reopen({ now: '2025-10-20T09:00:00+08:00' }))
      .then(reopened({ reopenCount: 2, reopenedAt: '2025-10-20T09:00:00+08:00', dueAt: endOf('2025-10-23') })));

  it('reopens until thirty days after closing, and not a second later', () => {
    given(...history).when(reopen({ now: '2025-10-29T10:00:00+08:00' })).then(reopened({ reopenedAt: '2025-10-29T10:00:00+08:00', dueAt: endOf('2025-11-03') }));
    given(...history).when(reopen({ now: '2025-10-29T10:00:01+08:00' })).thenRejects('ReopenWindowClosed');
  });

  it('follows a configured window', () => given(...history).when(reopen({ windowDays: 7 })).thenRejects('ReopenWindowClosed'));

  it('does not reopen without saying how the matter recurred', () => given(...history).when(reopen({ reason: '' })).thenRejects('ReopenReasonRequired'));

  it('refuses a window that is not a whole number of days', () => given(...history).when(reopen({ windowDays: 2.5 })).thenRejects('InvalidWindow'));
});

describe('a resolved dispute not yet closed', () => {
  const settled = [...open, resolved()] as const; // resolved on Friday 26 Sep at 16:00

  it('reopens within thirty days of its resolution', () => given(...settled).when(reopen()).then(reopened()));

  it('does not reopen later than that', () =>
    given(...settled).when(reopen({ now: '2025-10-27T10:00:00+08:00' })).thenRejects('ReopenWindowClosed'));
});

describe('an open dispute', () => {
  it('is not reopened', () => {
    given(...open).when(reopen({ now: T.escalated })).thenRejects('DisputeNotResolved');
    given(...history, reopened()).when(reopen()).thenRejects('DisputeNotResolved');
  });
});
