import { deciderSpec } from '@linli/domain-kernel/testing';
import { disputeDecider } from '../dispute.js';
import {
  accept, accepted, assignMediator, calendar, close, endOf, escalate, markOverdue, neighbour, policy, rate, recordSession,
  reject, rejected, reopen, reported, reporter, resolve, withdraw, withdrawn,
} from '../testing/fixtures.js';

const { given } = deciderSpec(disputeDecider);

describe('a reported dispute awaiting acceptance', () => {
  it('is accepted, categorised and placed at a level with its deadline', () =>
    given(reported()).when(accept()).then(accepted()));

  it('may be recategorised on acceptance, and the category sets the deadline', () =>
    given(reported())
      .when(accept({ category: 'training_class_in_residential_building', level: 2 }))
      .then(accepted({ category: 'training_class_in_residential_building', level: 2, dueAt: endOf('2025-09-25'), workingDaysAllowed: 3 })));

  it('is left to the residents themselves at level 0', () =>
    given(reported()).when(accept({ level: 0 })).then(accepted({ level: 0, dueAt: endOf('2025-09-24'), workingDaysAllowed: 2 })));

  it('gets an urgent deadline when reported as urgent', () =>
    given(reported({ urgency: 'urgent' })).when(accept()).then(accepted({ dueAt: endOf('2025-09-23'), workingDaysAllowed: 1 })));

  it('counts its deadline over the National Day week', () =>
    given(reported())
      .when(accept({ now: '2025-09-30T11:00:00+08:00' }))
      .then(accepted({ acceptedAt: '2025-09-30T11:00:00+08:00', dueAt: endOf('2025-10-11'), workingDaysAllowed: 3 })));

  it('goes straight to the working committee when it names the county department', () =>
    given(reported())
      .when(accept({ category: 'training_class_in_residential_building', level: 4, department: 'fire_safety' }))
      .then(accepted({ category: 'training_class_in_residential_building', level: 4, department: 'fire_safety', dueAt: endOf('2025-10-17'), workingDaysAllowed: 15 })));

  it('is not accepted at the working committee without a department', () =>
    given(reported()).when(accept({ level: 4 })).thenRejects('DepartmentRequired'));

  it('names no department below the working committee', () =>
    given(reported()).when(accept({ level: 3, department: 'fire_safety' })).thenRejects('DepartmentOnlyAtTopLevel'));

  it.each([-1, 5, 1.5, Number.NaN])('is not accepted at level %s', (level) => given(reported()).when(accept({ level })).thenRejects('InvalidLevel'));

  it('is not accepted with a malformed policy or calendar', () => {
    given(reported()).when(accept({ policy: { ...policy, workingDaysPerLevel: { ...policy.workingDaysPerLevel, 1: -3 } } })).thenRejects('InvalidDeadlinePolicy');
    given(reported()).when(accept({ calendar: { ...calendar, holidays: ['National Day'] } })).thenRejects('InvalidWorkingCalendar');
  });

  it('is rejected with a reason', () => given(reported()).when(reject()).then(rejected()));

  it('is not rejected without a reason', () => given(reported()).when(reject({ reason: ' ' })).thenRejects('RejectionReasonRequired'));

  it('is withdrawn by its reporter, with or without a reason', () => {
    given(reported()).when(withdraw()).then(withdrawn());
    given(reported()).when(withdraw({ reason: ' we made peace ' })).then(withdrawn({ reason: 'we made peace' }));
  });

  it('is not withdrawn by another party', () =>
    given(reported()).when(withdraw({ subjectId: neighbour.subjectId })).thenRejects('OnlyReporterMayWithdraw'));

  it.each([assignMediator(), recordSession(), escalate(), resolve()])('cannot be handled by $type before acceptance', (command) =>
    given(reported()).when(command).thenRejects('DisputeNotOpen'));

  it('has no deadline to miss yet', () => given(reported()).when(markOverdue()).thenNothingHappens());

  it('cannot be rated, closed or reopened', () => {
    given(reported()).when(rate({ subjectId: reporter.subjectId })).thenRejects('DisputeNotResolved');
    given(reported()).when(close()).thenRejects('DisputeNotResolved');
    given(reported()).when(reopen()).thenRejects('DisputeNotResolved');
  });
});

describe('an accepted dispute', () => {
  it('is neither accepted nor rejected again', () => {
    given(reported(), accepted()).when(accept()).thenRejects('DisputeNotAwaitingAcceptance');
    given(reported(), accepted()).when(reject()).thenRejects('DisputeNotAwaitingAcceptance');
  });
});
