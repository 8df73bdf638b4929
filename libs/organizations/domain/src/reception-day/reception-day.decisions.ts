import { DomainRuleViolation, NotFound } from '@linli/domain-kernel';
import { requireIsoDate, requireNotInFuture, requireOneOf, requireText } from '../values.js';
import { matterCategories } from './matter-categories.js';
import type { CancelReceptionDay, HoldReceptionDay, RecordReceptionMatter, ScheduleReceptionDay } from './reception-day.commands.js';
import type { ReceptionDayCancelled, ReceptionDayHeld, ReceptionDayScheduled, ReceptionMatterRecorded } from './reception-day.events.js';
import type { ReceptionDay, RecordedMatter } from './reception-day.js';

/** An official schedules a reception day in a registered residential community. */
export function scheduleReceptionDay(command: ScheduleReceptionDay, state: ReceptionDay): ReceptionDayScheduled[] {
  const { receptionDayId, communityId, facts } = command.data;
  if (state.status !== 'none') throw new DomainRuleViolation('ReceptionDayAlreadyScheduled', `reception day ${receptionDayId} exists`);
  if (facts.community === null || facts.community.communityId !== communityId) throw new NotFound('ResidentialCommunity', communityId);
  const officialSubjectId = requireText(command.data.officialSubjectId, 'officialSubjectId', 100);
  const scheduledFor = requireIsoDate(command.data.scheduledFor, 'scheduledFor');
  const venue = requireText(command.data.venue, 'venue');
  return [{ type: 'organizations.ReceptionDayScheduled', data: { receptionDayId, communityId, officialSubjectId, scheduledFor, venue } }];
}

/** Holds a scheduled day on or after its date, once. */
export function holdReceptionDay(command: HoldReceptionDay, state: ReceptionDay): ReceptionDayHeld[] {
  const day = requireScheduled(state, command.data.receptionDayId);
  const heldOn = requireIsoDate(command.data.heldOn, 'heldOn');
  requireNotInFuture(heldOn, command.metadata.now, 'heldOn');
  if (heldOn < day.scheduledFor) throw new DomainRuleViolation('ReceptionDayNotYetDue', `reception day ${day.receptionDayId} is scheduled for ${day.scheduledFor}`);
  return [{ type: 'organizations.ReceptionDayHeld', data: { receptionDayId: day.receptionDayId, communityId: day.communityId, heldOn } }];
}

/** Records a matter raised at a held day; the same matter recorded again changes nothing. */
export function recordReceptionMatter(command: RecordReceptionMatter, state: ReceptionDay): ReceptionMatterRecorded[] {
  const { receptionDayId, matterId } = command.data;
  if (state.status === 'none') throw new NotFound('ReceptionDay', receptionDayId);
  if (state.status !== 'held') throw new DomainRuleViolation('ReceptionDayNotHeld', `reception day ${receptionDayId} is ${state.status}`);
  const matter = {
    category: requireOneOf(command.data.category, matterCategories, 'category'),
    summary: requireText(command.data.summary, 'summary', 1000),
    referToDisputes: command.data.referToDisputes === true,
    raisedBySubjectId: command.data.raisedBySubjectId ? requireText(command.data.raisedBySubjectId, 'raisedBySubjectId', 100) : null,
  };
  const existing = state.matters[requireText(matterId, 'matterId', 100)];
  if (existing !== undefined) {
    if (sameMatter(existing, matter)) return [];
    throw new DomainRuleViolation('MatterAlreadyRecorded', `matter ${matterId} was recorded with other content`);
  }
  return [{ type: 'organizations.ReceptionMatterRecorded', data: { receptionDayId, communityId: state.communityId, matterId, ...matter, raisedOn: state.heldOn } }];
}

/** Cancels a day not yet held; cancelling again changes nothing. */
export function cancelReceptionDay(command: CancelReceptionDay, state: ReceptionDay): ReceptionDayCancelled[] {
  if (state.status === 'cancelled') return [];
  const day = requireScheduled(state, command.data.receptionDayId);
  const reason = requireText(command.data.reason, 'reason', 500);
  return [{ type: 'organizations.ReceptionDayCancelled', data: { receptionDayId: day.receptionDayId, communityId: day.communityId, reason } }];
}

function requireScheduled(state: ReceptionDay, receptionDayId: string): Extract<ReceptionDay, { status: 'scheduled' }> {
  switch (state.status) {
    case 'none':
      throw new NotFound('ReceptionDay', receptionDayId);
    case 'held':
      throw new DomainRuleViolation('ReceptionDayAlreadyHeld', `reception day ${receptionDayId} was held on ${state.heldOn}`);
    case 'cancelled':
      throw new DomainRuleViolation('ReceptionDayCancelled', `reception day ${receptionDayId} was cancelled`);
    default:
      return state;
  }
}

const sameMatter = (a: RecordedMatter, b: RecordedMatter): boolean =>
  a.category === b.category && a.summary === b.summary && a.referToDisputes === b.referToDisputes && a.raisedBySubjectId === b.raisedBySubjectId;
