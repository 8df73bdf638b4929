import { deciderSpec } from '@linli/domain-kernel/testing';
import { disputeDecider } from '../dispute.js';
import {
  accepted, assignMediator, close, closed, escalate, escalated, recordSession, reopened, reported, resolve, resolved, ticketAnswered, withdraw,
} from '../testing/fixtures.js';

const { given } = deciderSpec(disputeDecider);
const open = [reported(), accepted()] as const;

describe('an open dispute', () => {
  it('is resolved at its level with an outcome, a summary and the working days it took', () =>
    given(...open).when(resolve()).then(resolved()));

  it('is resolved at the level it was escalated to', () => given(...open, escalated()).when(resolve()).then(resolved({ level: 2 })));

  it('counts the working days to resolve without the National Day week', () =>
    given(...open)
      .when(resolve({ now: '2025-10-09T10:00:00+08:00', outcome: 'rectified' }))
      .then(resolved({ outcome: 'rectified', resolvedAt: '2025-10-09T10:00:00+08:00', workingDaysToResolve: 8 })));

  it('takes no working day when resolved on the day it was reported', () =>
    given(...open)
      .when(resolve({ now: '2025-09-22T17:00:00+08:00' }))
      .then(resolved({ resolvedAt: '2025-09-22T17:00:00+08:00', workingDaysToResolve: 0 })));

  it('counts the working days of a reopened dispute from the reopening', () =>
    given(...open, resolved(), closed(), reopened())
      .when(resolve({ now: '2025-10-13T10:00:00+08:00' }))
      .then(resolved({ resolvedAt: '2025-10-13T10:00:00+08:00', workingDaysToResolve: 3 })));

  it('is not resolved without a summary of what was agreed', () =>
    given(...open).when(resolve({ agreementSummary: ' ' })).thenRejects('AgreementSummaryRequired'));

  it('is not resolved with a malformed calendar', () =>
    given(...open).when(resolve({ calendar: { holidays: [], makeUpWorkdays: ['Sunday'] } })).thenRejects('InvalidWorkingCalendar'));

  it('is not closed before it is resolved', () => given(...open).when(close()).thenRejects('DisputeNotResolved'));
});

describe('a dispute reported from the 12345 hotline', () => {
  const ticket = '12345-2025-0926-0042';
  const open = [reported({ channel: 'hotline_12345', hotlineTicketId: ticket }), accepted()] as const;

  it('answers its ticket when resolved, with the outcome and the working days it took', () =>
    given(...open).when(resolve()).then(resolved(), ticketAnswered({ hotlineTicketId: ticket })));

  it('answers its ticket again when resolved again after a reopening', () =>
    given(...open, resolved(), ticketAnswered(), closed(), reopened())
      .when(resolve({ now: '2025-10-13T10:00:00+08:00', outcome: 'rectified' }))
      .then(
        resolved({ outcome: 'rectified', resolvedAt: '2025-10-13T10:00:00+08:00', workingDaysToResolve: 3 }),
        ticketAnswered({ outcome: 'rectified', resolvedAt: '2025-10-13T10:00:00+08:00', workingDaysToResolve: 3 }),
      ));

  it('is closed like any resolved dispute, without another answer', () =>
    given(...open, resolved(), ticketAnswered()).when(close()).then(closed()));
});

describe('a dispute from another channel', () => {
  it('answers no ticket when resolved', () => given(reported(), accepted()).when(resolve()).then(resolved()));
});

describe('a resolved dispute', () => {
  const settled = [...open, resolved()] as const;

  it('is closed', () => given(...settled).when(close()).then(closed()));

  it('is closed at the level it was resolved at', () =>
    given(...open, escalated(), resolved({ level: 2 })).when(close()).then(closed({ level: 2 })));

  it.each([resolve(), escalate(), assignMediator(), recordSession()])('is no longer handled: $type is refused', (command) =>
    given(...settled).when(command).thenRejects('DisputeNotOpen'));

  it('is not withdrawn any more', () => given(...settled).when(withdraw()).thenRejects('DisputeAlreadyResolved'));
});

describe('a closed dispute', () => {
  const history = [...open, resolved(), closed()] as const;

  it('is not resolved again', () => given(...history).when(resolve()).thenRejects('DisputeNotOpen'));

  it('is not escalated', () => given(...history).when(escalate()).thenRejects('DisputeNotOpen'));

  it('is not closed twice', () => given(...history).when(close()).thenRejects('DisputeAlreadyClosed'));

  it('is not withdrawn', () => given(...history).when(withdraw()).thenRejects('DisputeAlreadyResolved'));
});
