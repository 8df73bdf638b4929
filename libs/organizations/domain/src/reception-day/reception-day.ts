import { assertNever, type Decider } from '@linli/domain-kernel';
import type { ReceptionDayCommand } from './reception-day.commands.js';
import type { ReceptionDayEvent, ReceptionMatterRecorded } from './reception-day.events.js';
import { cancelReceptionDay, holdReceptionDay, recordReceptionMatter, scheduleReceptionDay } from './reception-day.decisions.js';

export type RecordedMatter = Omit<ReceptionMatterRecorded['data'], 'receptionDayId' | 'communityId' | 'matterId' | 'raisedOn'>;

interface Schedule {
  readonly receptionDayId: string;
  readonly communityId: string;
  readonly officialSubjectId: string;
  readonly scheduledFor: string;
}

/** A reception day: scheduled, then held (and its matters recorded) or cancelled. */
export type ReceptionDay =
  | { readonly status: 'none' }
  | ({ readonly status: 'scheduled' } & Schedule)
  | ({ readonly status: 'held'; readonly heldOn: string; readonly matters: Readonly<Record<string, RecordedMatter>> } & Schedule)
  | ({ readonly status: 'cancelled' } & Schedule);

export const initialReceptionDay = (): ReceptionDay => ({ status: 'none' });

export function decideReceptionDay(command: ReceptionDayCommand, state: ReceptionDay): ReceptionDayEvent[] {
  switch (command.type) {
    case 'ScheduleReceptionDay':
      return scheduleReceptionDay(command, state);
    case 'HoldReceptionDay':
      return holdReceptionDay(command, state);
    case 'RecordReceptionMatter':
      return recordReceptionMatter(command, state);
    case 'CancelReceptionDay':
      return cancelReceptionDay(command, state);
    default:
      return assertNever(command);
  }
}

export function evolveReceptionDay(state: ReceptionDay, event: ReceptionDayEvent): ReceptionDay {
  switch (event.type) {
    case 'organizations.ReceptionDayScheduled': {
      const { receptionDayId, communityId, officialSubjectId, scheduledFor } = event.data;
      return { status: 'scheduled', receptionDayId, communityId, officialSubjectId, scheduledFor };
    }
    case 'organizations.ReceptionDayHeld':
      return state.status === 'scheduled' ? { ...state, status: 'held', heldOn: event.data.heldOn, matters: {} } : state;
    case 'organizations.ReceptionMatterRecorded': {
      if (state.status !== 'held') return state;
      const { matterId, category, summary, referToDisputes, raisedBySubjectId } = event.data;
      return { ...state, matters: { ...state.matters, [matterId]: { category, summary, referToDisputes, raisedBySubjectId } } };
    }
    case 'organizations.ReceptionDayCancelled':
      return state.status === 'scheduled' ? { ...state, status: 'cancelled' } : state;
    default:
      return assertNever(event);
  }
}

/** The reception day aggregate as a decider. */
export const receptionDayDecider: Decider<ReceptionDayCommand, ReceptionDayEvent, ReceptionDay> = {
  initialState: initialReceptionDay,
  decide: decideReceptionDay,
  evolve: evolveReceptionDay,
};
