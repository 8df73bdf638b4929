import { deciderSpec } from '@linli/domain-kernel/testing';
import { disputeDecider } from '../dispute.js';
import { accepted, assignMediator, escalated, mediatorAssigned, recordSession, reported, sessionRecorded, T } from '../testing/fixtures.js';

const { given } = deciderSpec(disputeDecider);
const open = [reported(), accepted()] as const;

describe('an open dispute without a mediator', () => {
  it('gets a mediator', () => given(...open).when(assignMediator()).then(mediatorAssigned()));

  it('does not get a mediator without an id', () => given(...open).when(assignMediator({ mediatorId: ' ' })).thenRejects('MediatorRequired'));

  it('records a mediation session at its level', () =>
    given(...open).when(recordSession()).then(sessionRecorded()));
});

describe('an open dispute with a mediator', () => {
  const mediated = [...open, mediatorAssigned()] as const;

  it('hands over to another mediator, naming the previous one', () =>
    given(...mediated)
      .when(assignMediator({ mediatorId: 'med-liu', now: T.escalated }))
      .then(mediatorAssigned({ mediatorId: 'med-liu', previousMediatorId: 'med-chen', assignedAt: T.escalated })));

  it('ignores the same mediator assigned again', () => given(...mediated).when(assignMediator()).thenNothingHappens());

  it('records the session with its mediator, and with each attendee once', () =>
    given(...mediated)
      .when(recordSession({ attendeeIds: ['subj-wang', ' subj-wang ', 'med-chen', ''] }))
      .then(sessionRecorded({ mediatorId: 'med-chen', attendeeIds: ['subj-wang', 'med-chen'] })));

  it('records sessions at the level reached after escalation', () =>
    given(...mediated, escalated())
      .when(recordSession({ now: '2025-09-25T18:00:00+08:00', sessionDate: '2025-09-25' }))
      .then(sessionRecorded({ level: 2, mediatorId: 'med-chen', sessionDate: '2025-09-25', recordedAt: '2025-09-25T18:00:00+08:00' })));

  it('records a session held today in China even while it is yesterday in UTC', () =>
    given(...mediated)
      .when(recordSession({ now: '2025-09-23T17:00:00Z', sessionDate: '2025-09-24' }))
      .then(sessionRecorded({ mediatorId: 'med-chen', sessionDate: '2025-09-24', recordedAt: '2025-09-23T17:00:00Z' })));

  it('does not record a session that has not happened yet', () =>
    given(...mediated).when(recordSession({ sessionDate: '2025-09-25' })).thenRejects('SessionDateInFuture'));

  it('does not record a session with a malformed date', () =>
    given(...mediated).when(recordSession({ sessionDate: '23/09/2025' })).thenRejects('InvalidSessionDate'));

  it('does not record a session without attendees', () =>
    given(...mediated).when(recordSession({ attendeeIds: [' '] })).thenRejects('AttendeesRequired'));

  it('does not record a session without its outcome', () =>
    given(...mediated).when(recordSession({ outcomeNotes: '' })).thenRejects('SessionNotesRequired'));
});
