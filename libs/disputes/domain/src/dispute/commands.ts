import type { Command } from '@linli/domain-kernel';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { DeadlineInputs } from '../deadlines/level-deadline.js';
import type { CountyDepartment, DisputeCategory, Party, ReportingChannel, ResolutionOutcome, Urgency } from '../vocabulary.js';

// Commands of the Dispute aggregate. Time comes from `metadata.now`; ids and every lookup of
// state outside this aggregate (community registered? policy? calendar?) arrive as data.
// Levels and scores are plain numbers because they come from outside and are checked here.

export type ReportDispute = Command<'ReportDispute', {
  disputeId: string; communityId: string;
  /** Looked up by the application in the organizations context. */
  communityRegistered: boolean;
  category: DisputeCategory; description: string; urgency: Urgency;
  channel: ReportingChannel;
  /** Required for, and only for, channel 'hotline_12345'. */
  hotlineTicketId?: string;
  parties: readonly Party[];
}>;

/** Categorise and place on the ladder (level 0–4; level 4 names the county department). */
export type AcceptDispute = Command<'AcceptDispute', DeadlineInputs & {
  disputeId: string; category: DisputeCategory; level: number; department?: CountyDepartment;
}>;

export type RejectDispute = Command<'RejectDispute', { disputeId: string; reason: string }>;

export type AssignMediator = Command<'AssignMediator', { disputeId: string; mediatorId: string }>;

export type RecordMediationSession = Command<'RecordMediationSession', {
  disputeId: string; sessionDate: string; attendeeIds: readonly string[]; outcomeNotes: string;
}>;

/** `toLevel` must be the next level: it states the intent, so a duplicate request cannot climb twice. */
export type EscalateDispute = Command<'EscalateDispute', DeadlineInputs & {
  disputeId: string; toLevel: number; reason: string; department?: CountyDepartment;
}>;

/** Sent by the durable scheduler for the deadline `dueAt` it was set for, read from the event that started it. */
export type MarkOverdue = Command<'MarkOverdue', DeadlineInputs & { disputeId: string; dueAt: string }>;

export type ResolveDispute = Command<'ResolveDispute', {
  disputeId: string; outcome: ResolutionOutcome; agreementSummary: string;
  /** To count the working days it took. */
  calendar: WorkingCalendar;
}>;

export type RateSatisfaction = Command<'RateSatisfaction', {
  disputeId: string; subjectId: string; score: number;
  /** Days after resolution that ratings are accepted (configuration; default 15). */
  windowDays?: number;
}>;

export type CloseDispute = Command<'CloseDispute', { disputeId: string }>;

export type ReopenDispute = Command<'ReopenDispute', DeadlineInputs & {
  disputeId: string; reason: string;
  /** Days after closing (or resolution, if not closed) that a recurrence reopens it (default 30). */
  windowDays?: number;
}>;

/** Only the reporting party withdraws; `subjectId` is whom the application authenticated as acting. */
export type WithdrawDispute = Command<'WithdrawDispute', { disputeId: string; subjectId: string; reason?: string }>;

export type DisputeCommand =
  | ReportDispute
  | AcceptDispute
  | RejectDispute
  | AssignMediator
  | RecordMediationSession
  | EscalateDispute
  | MarkOverdue
  | ResolveDispute
  | RateSatisfaction
  | CloseDispute
  | ReopenDispute
  | WithdrawDispute;

export type DisputeCommandType = DisputeCommand['type'];
