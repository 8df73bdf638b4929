import type { DomainEvent } from '@linli/domain-kernel';
import type { MatterCategory } from './matter-categories.js';

/** An official's Community Convenience Reception Day (便民接待日) in a residential community. */
export type ReceptionDayScheduled = DomainEvent<
  'organizations.ReceptionDayScheduled',
  { receptionDayId: string; communityId: string; officialSubjectId: string; scheduledFor: string; venue: string }
>;

export type ReceptionDayHeld = DomainEvent<'organizations.ReceptionDayHeld', { receptionDayId: string; communityId: string; heldOn: string }>;

/**
 * A matter residents raised at a held reception day. `referToDisputes` only records the intent: the
 * referral itself travels later as a public event that the disputes service consumes.
 */
export type ReceptionMatterRecorded = DomainEvent<
  'organizations.ReceptionMatterRecorded',
  {
    receptionDayId: string;
    communityId: string;
    matterId: string;
    category: MatterCategory;
    summary: string;
    referToDisputes: boolean;
    /** The resident who raised it, when known, by subject id only. */
    raisedBySubjectId: string | null;
    raisedOn: string;
  }
>;

export type ReceptionDayCancelled = DomainEvent<'organizations.ReceptionDayCancelled', { receptionDayId: string; communityId: string; reason: string }>;

export type ReceptionDayEvent = ReceptionDayScheduled | ReceptionDayHeld | ReceptionMatterRecorded | ReceptionDayCancelled;

/** Stream of one reception day. */
export const receptionDayStreamName = (receptionDayId: string): string => `organizations.receptionDay-${receptionDayId}`;
