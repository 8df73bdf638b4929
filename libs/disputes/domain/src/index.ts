// Public API of the disputes domain: the Dispute decider, its commands, events and states, and the
// pure calendar and deadline values the application supplies to it.
export * from './vocabulary.js';
export * from './personal-data.js';
export * from './calendar/iso-date.js';
export { CHINA_UTC_OFFSET, endOfLocalDay, localDateOf } from './calendar/china-time.js';
export * from './calendar/working-calendar.js';
export * from './deadlines/deadline-policy.js';
export * from './deadlines/level-deadline.js';
export * from './dispute/commands.js';
export * from './dispute/events.js';
export type { ClosedDispute, Dispute, DisputeFacts, DisputeStatus, EndedDispute, ExistingDispute, Handling, OpenDispute, ReportedDispute, ResolvedDispute } from './dispute/state.js';
export { OVERDUE_REASON } from './dispute/decisions/overdue.js';
export { disputeDecider, streamName } from './dispute/dispute.js';
export { decide as decideDispute } from './dispute/decide.js';
export { evolve as evolveDispute, initialState as initialDispute } from './dispute/state.js';
