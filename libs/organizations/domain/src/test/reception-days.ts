import type { CancelReceptionDay, HoldReceptionDay, RecordReceptionMatter, ScheduleReceptionDay } from '../reception-day/reception-day.commands.js';
import type { ReceptionDayHeld, ReceptionDayScheduled, ReceptionMatterRecorded } from '../reception-day/reception-day.events.js';
import { metadata } from './metadata.js';

// Builders for the reception day tests: day rd-1 in Yingbin Garden, scheduled for 2025-05-20.

const receptionDayId = 'rd-1';
const communityId = 'yingbin-garden';

export const schedule = (data: Partial<ScheduleReceptionDay['data']> = {}): ScheduleReceptionDay => ({
  type: 'ScheduleReceptionDay',
  data: {
    receptionDayId,
    communityId,
    officialSubjectId: 'official-1',
    scheduledFor: '2025-05-20',
    venue: 'Yingbin Garden party service station',
    facts: { community: { communityId, communityUnitId: 'community-1', status: 'registered' } },
    ...data,
  },
  metadata: metadata(),
});
export const scheduled = (data: Partial<ReceptionDayScheduled['data']> = {}): ReceptionDayScheduled => ({
  type: 'organizations.ReceptionDayScheduled',
  data: { receptionDayId, communityId, officialSubjectId: 'official-1', scheduledFor: '2025-05-20', venue: 'Yingbin Garden party service station', ...data },
});

export const hold = (heldOn = '2025-05-20'): HoldReceptionDay => ({ type: 'HoldReceptionDay', data: { receptionDayId, heldOn }, metadata: metadata() });
export const held = (heldOn = '2025-05-20'): ReceptionDayHeld => ({ type: 'organizations.ReceptionDayHeld', data: { receptionDayId, communityId, heldOn } });

export const recordMatter = (data: Partial<RecordReceptionMatter['data']> = {}): RecordReceptionMatter => ({
  type: 'RecordReceptionMatter',
  data: { receptionDayId, matterId: 'matter-1', category: 'noise', summary: 'square dancing after 21:00 by building 3', referToDisputes: true, ...data },
  metadata: metadata(),
});
export const matterRecorded = (data: Partial<ReceptionMatterRecorded['data']> = {}): ReceptionMatterRecorded => ({
  type: 'organizations.ReceptionMatterRecorded',
  data: {
    receptionDayId,
    communityId,
    matterId: 'matter-1',
    category: 'noise',
    summary: 'square dancing after 21:00 by building 3',
    referToDisputes: true,
    raisedBySubjectId: null,
    raisedOn: '2025-05-20',
    ...data,
  },
});

export const cancel = (reason = 'flood warning'): CancelReceptionDay => ({ type: 'CancelReceptionDay', data: { receptionDayId, reason }, metadata: metadata() });
