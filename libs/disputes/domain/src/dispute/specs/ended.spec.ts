import { deciderSpec } from '@linli/domain-kernel/testing';
import { disputeDecider } from '../dispute.js';
import {
  accept, accepted, assignMediator, close, escalate, mediatorAssigned, neighbour, rate, recordSession, reject, rejected, reopen, report,
  reported, resolve, withdraw, withdrawn, T,
} from '../testing/fixtures.js';

const { given } = deciderSpec(disputeDecider);

describe('an open dispute', () => {
  it('is withdrawn by its reporter before resolution', () =>
    given(reported(), accepted(), mediatorAssigned())
      .when(withdraw({ now: T.escalated, reason: 'the dancers moved to the park' }))
      .then(withdrawn({ withdrawnAt: T.escalated, reason: 'the dancers moved to the park' })));

  it('is not withdrawn by another party', () =>
    given(reported(), accepted()).when(withdraw({ subjectId: neighbour.subjectId })).thenRejects('OnlyReporterMayWithdraw'));
});

const refusals = [
  { command: report(), code: 'DisputeAlreadyExists' },
  { command: accept(), code: 'DisputeNotAwaitingAcceptance' },
  { command: reject(), code: 'DisputeNotAwaitingAcceptance' },
  { command: assignMediator(), code: 'DisputeNotOpen' },
  { command: recordSession(), code: 'DisputeNotOpen' },
  { command: escalate(), code: 'DisputeNotOpen' },
  { command: resolve(), code: 'DisputeNotOpen' },
  { command: rate(), code: 'DisputeNotResolved' },
  { command: close(), code: 'DisputeNotResolved' },
  { command: reopen(), code: 'DisputeNotResolved' },
  { command: withdraw(), code: 'DisputeNoLongerActive' },
] as const;

describe('a rejected dispute', () => {
  it.each(refusals)('refuses $command.type with $code', ({ command, code }) => given(reported(), rejected()).when(command).thenRejects(code));
});

describe('a withdrawn dispute', () => {
  it.each(refusals)('refuses $command.type with $code', ({ command, code }) => given(reported(), accepted(), withdrawn()).when(command).thenRejects(code));
});
