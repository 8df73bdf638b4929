import fc from 'fast-check';
import { localDateOf } from '../../calendar/china-time.js';
import { addDays } from '../../calendar/iso-date.js';
import type { DisputeCommand } from '../commands.js';
import type { Dispute } from '../state.js';
import * as f from './fixtures.js';

// Random command sequences for property tests: mostly plausible, often invalid. An intent is turned
// into a command against the current state, so that e.g. "escalate one level" or "check the current
// deadline" stay meaningful whatever happened before.

const subjects = [f.reporter.subjectId, f.respondent.subjectId, f.neighbour.subjectId, f.outsider];
const mostly = <T>(usual: T, ...others: T[]) => fc.constantFrom(usual, usual, usual, usual, ...others);
const text = mostly('agreed to keep quiet after 20:30', '', '  ');

const intent = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('report' as const), registered: mostly(true, false), hotline: fc.boolean(), ticket: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('accept' as const), level: mostly(1, 0, 2, 3, 4, 5, -1), department: mostly(false, true) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reject' as const), reason: text }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('assign' as const), mediatorId: fc.constantFrom('med-chen', 'med-liu', '') }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('session' as const), daysAgo: fc.integer({ min: -1, max: 3 }), notes: text }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('escalate' as const), step: mostly(1, 0, -1, 2), reason: text, department: mostly(false, true) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('markOverdue' as const), currentDeadline: mostly(true, false), auto: mostly(false, true) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('resolve' as const), summary: text }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('rate' as const), subject: fc.constantFrom(...subjects), score: mostly(4, 1, 5, 0, 6) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('close' as const) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('reopen' as const), reason: text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), subject: fc.constantFrom(...subjects) }) },
);
export type Intent = typeof intent extends fc.Arbitrary<infer I> ? I : never;

/** A step of a story: something someone asks, some hours after the previous step. */
export const step = fc.record({ intent, hoursLater: fc.oneof(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 24 * 20 })) });
/** A story starts with a plausible report (now and then from the 12345 hotline) and goes on at random. */
export const story = fc.tuple(
  fc.record({ urgency: fc.constantFrom('normal' as const, 'urgent' as const), hotline: fc.boolean() }),
  fc.array(step, { maxLength: 40, size: 'max' }),
);

/** The command an intent stands for, given the dispute as it is now. */
export function toCommand(intent: Intent, state: Dispute, now: string): DisputeCommand {
  const level = 'level' in state ? state.level : 1;
  switch (intent.kind) {
    case 'report': {
      const channel = intent.hotline ? 'hotline_12345' : 'resident';
      return f.report({ now, communityRegistered: intent.registered, channel, ...(intent.ticket && { hotlineTicketId: 'T-1' }) });
    }
    case 'accept':
      return f.accept({ now, level: intent.level, ...(intent.department && { department: 'fire_safety' }) });
    case 'reject':
      return f.reject({ now, reason: intent.reason });
    case 'assign':
      return f.assignMediator({ now, mediatorId: intent.mediatorId });
    case 'session':
      return f.recordSession({ now, sessionDate: addDays(localDateOf(now), -intent.daysAgo), outcomeNotes: intent.notes });
    case 'escalate':
      return f.escalate({ now, toLevel: level + intent.step, reason: intent.reason, ...(intent.department && { department: 'urban_management' }) });
    case 'markOverdue': {
      const dueAt = intent.currentDeadline && state.status === 'open' ? state.dueAt : f.endOf('2025-09-25');
      return f.markOverdue({ now, dueAt, policy: { ...f.policy, autoEscalateWhenOverdue: intent.auto } });
    }
    case 'resolve':
      return f.resolve({ now, agreementSummary: intent.summary });
    case 'rate':
      return f.rate({ now, subjectId: intent.subject, score: intent.score });
    case 'close':
      return f.close({ now });
    case 'reopen':
      return f.reopen({ now, reason: intent.reason });
    case 'withdraw':
      return f.withdraw({ now, subjectId: intent.subject });
  }
}
