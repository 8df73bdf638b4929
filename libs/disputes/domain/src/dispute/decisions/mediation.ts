import { DomainRuleViolation } from '@linli/domain-kernel';
import { isIsoDate } from '../../calendar/iso-date.js';
import { localDateOf } from '../../calendar/china-time.js';
import type { AssignMediator, RecordMediationSession } from '../commands.js';
import type { DisputeEvent } from '../events.js';
import { mustBeOpen, optional, requiredText } from '../guards.js';
import type { Dispute } from '../state.js';

/** Assigning the mediator already in charge changes nothing, so a repeated request is harmless. */
export function assignMediator(command: AssignMediator, state: Dispute): DisputeEvent[] {
  const { disputeId } = command.data;
  const dispute = mustBeOpen(state, disputeId);
  const mediatorId = requiredText(command.data.mediatorId, 'MediatorRequired', 'name the mediator by id');
  if (mediatorId === dispute.mediatorId) return [];
  return [{
    type: 'disputes.MediatorAssigned',
    data: {
      disputeId, communityId: dispute.communityId, mediatorId, ...optional('previousMediatorId', dispute.mediatorId),
      level: dispute.level, assignedAt: command.metadata.now,
    },
  }];
}

/** A session that took place (today or earlier, China time), who attended and what came of it. */
export function recordMediationSession(command: RecordMediationSession, state: Dispute): DisputeEvent[] {
  const { disputeId, sessionDate } = command.data;
  const dispute = mustBeOpen(state, disputeId);
  if (!isIsoDate(sessionDate)) throw new DomainRuleViolation('InvalidSessionDate', `the session date is a YYYY-MM-DD date, got ${sessionDate}`);
  if (sessionDate > localDateOf(command.metadata.now)) throw new DomainRuleViolation('SessionDateInFuture', 'only a session that took place is recorded');
  const attendeeIds = [...new Set((command.data.attendeeIds ?? []).map((id) => id.trim()).filter((id) => id !== ''))];
  if (attendeeIds.length === 0) throw new DomainRuleViolation('AttendeesRequired', 'a session names who attended');
  const outcomeNotes = requiredText(command.data.outcomeNotes, 'SessionNotesRequired', 'a session records its outcome');
  return [{
    type: 'disputes.MediationSessionRecorded',
    data: {
      disputeId, communityId: dispute.communityId, level: dispute.level, sessionDate, attendeeIds, outcomeNotes,
      ...optional('mediatorId', dispute.mediatorId), recordedAt: command.metadata.now,
    },
  }];
}
