import type { Command } from '@linli/domain-kernel';
import type { CommunityFacts } from '../residential-community/residential-community.js';
import type { MatterCategory } from './matter-categories.js';

export type ScheduleReceptionDay = Command<
  'ScheduleReceptionDay',
  {
    receptionDayId: string;
    communityId: string;
    officialSubjectId: string;
    scheduledFor: string;
    venue: string;
    /** The estate as looked up (see `describeResidentialCommunity`); null when it is not registered. */
    facts: { community: CommunityFacts | null };
  }
>;

export type HoldReceptionDay = Command<'HoldReceptionDay', { receptionDayId: string; heldOn: string }>;

export type RecordReceptionMatter = Command<
  'RecordReceptionMatter',
  { receptionDayId: string; matterId: string; category: MatterCategory; summary: string; referToDisputes: boolean; raisedBySubjectId?: string | null }
>;

export type CancelReceptionDay = Command<'CancelReceptionDay', { receptionDayId: string; reason: string }>;

export type ReceptionDayCommand = ScheduleReceptionDay | HoldReceptionDay | RecordReceptionMatter | CancelReceptionDay;
